<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <source>SKP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup?
{path}
The damaged file is kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The NIP is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the 18-digit NIP, e.g. 19680411 199303 1 009.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIP contains characters that are not digits: {characters}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NIP has digits only; spaces are allowed between the groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIP has {length} digits instead of {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the NIP against the employee&apos;s SK; a digit may be missing or extra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 1–8 of the NIP ({value}) are not a valid date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIP starts with the birth date as YYYYMMDD; check those digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 13–14 of the NIP ({value}) are not a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 9–14 are the TMT CPNS as YYYYMM. For a PPPK employee, set the status to PPPK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TMT CPNS year in the NIP ({value}) is implausible for this birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digits 9–12 of the NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit 15 of the NIP ({value}) must be 1 (male) or 2 (female).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit 15 of the NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last three digits of the NIP cannot be 000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the sequence number at the end of the NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a known golongan ruang or pangkat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as III/a, or as the pangkat name (Penata Muda).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a known jenjang jabatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a jenjang such as Ahli Pertama, Terampil, Pengawas or JPT Pratama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an allowed value for {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the values the form offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period from {start} to {end} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan period starts before it ends and lies within one calendar year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was made by a newer version of SKP Desk (schema {revision}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the latest SKP Desk to open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace {path} is already open in another SKP Desk window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the other window first, or open another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged or is not an SKP Desk workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was overwritten. Restore the latest backup: skpdesk restore &quot;{latest_backup}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP Desk cannot write to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you may write to, or ask your administrator for write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough disk space for {path}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace folder at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path, or create the workspace first (skpdesk demo or the app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace {path} already holds data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder for the demo with --workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an SKP Desk backup that can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file from the workspace&apos;s backups folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {kind} record {id} does not exist (or was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list and choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of {field} is not valid ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the field and save again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An employee with NIP {nip} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that employee instead, or check the NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action could not be completed ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it happens again, copy the details for support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SKP Desk — {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace {path}
Schema {schema} · {ops} recorded changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Organisation units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting assignments (Plt/Plh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation goals and IKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work results (RHK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators (IKI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan annex items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
