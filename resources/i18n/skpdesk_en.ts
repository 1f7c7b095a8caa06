<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SKP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline desktop companion for planning and rating the performance of civil servants (SKP, under PP 30/2019 and Permen PANRB 6/2022): drafting the plan stage by stage with a phrasing coach, cascading, monitoring with evidence, ratings and predikat, and the official documents — a BKPSDM coaching clinic in a desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (stderr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these details for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActingDialog</name>
    <message>
        <source>Plt/Plh assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Plt (pelaksana tugas) fills a vacant position; a Plh (pelaksana harian) stands in while the holder is away. The person acts as atasan of that position&apos;s staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plt — pelaksana tugas (vacant position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plh — pelaksana harian (holder away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 800/123/BKPSDM/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomor SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the employee who acts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the position they act in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date ({end}) is before the start date ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>SKP Desk</source>
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
    <name>Areas</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs you now: plans to draft, review and approve, periods to rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting the performance plan (SKP) stage by stage, with the phrasing coach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each result serves the one above it, from the unit&apos;s goals to every person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress per period, bukti dukung and continuous feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings and predikat kinerja, and how they fit the organisation&apos;s result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing pegawai berprestasi from discipline, performance and innovation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp; People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units, positions and their atasan, employees, Plt/Plh assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging signed bundle files with the central office and sub-bureaus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official PDF documents and Excel sheets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BerprestasiOverviewPage</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates proposed for pegawai berprestasi with their three scores (0–100), highest sum first. The sum is unweighted: the instansi&apos;s weights come with the scoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing pegawai berprestasi in the open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring discipline, performance (from the predikat) and innovation with the instansi&apos;s weights (R-AWARD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility checks before scoring, such as no disciplinary sanction and predikat Baik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking per OPD and for the whole instansi, and the decision with its reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan year is set up yet, so there are no candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates proposed for {year} in your scope yet. Choose another year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CascadingOverviewPage</name>
    <message>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to
atasan RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to
a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not
linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional
(tambahan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total
RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main results (RHK utama) that intervene nothing yet: the gaps to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main results (RHK utama) of the plans in each row: linked to a result of the atasan, to a sasaran or IKU of the organisation, or not linked yet. Additional results need no link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how my results are linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cascade as one tree, from the organisation&apos;s goals to every staff member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag and drop a result onto the atasan&apos;s result it serves, from sasaran strategis and IKU down to every staff member (R-CASCADE), with undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct and indirect cascading, with the approach named for each link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap checks: main results that intervene nothing, and atasan results nobody serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Matriks Pembagian Peran dan Hasil for each team, on screen and in Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan year is set up yet, so there is nothing to cascade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results (RHK) in {year}&apos;s plans in your scope yet. Choose another year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{linked} of {utama} main results are linked ({share}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as the workspace itself there is no plan of your own to show. Switch person (Ctrl+Shift+U) to see how an employee&apos;s results are linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no plan in this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Workspace {path} already holds data; the demo was not built again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo {size} (seed {seed}) built in {path}: {employees} employees, {plans} SKP plans, {ops} recorded changes ({seconds} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from {file}. The previous database is kept in {safety}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>Edit employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNS (civil servant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPPK (contract civil servant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name without titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S.E., M.M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Golongan {golongan} is outside the range of {jenjang} ({low} to {high}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born {born}, TMT CPNS {tmt}, {gender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born {born}, first PPPK appointment {year}, {gender}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeePicker</name>
    <message>
        <source>Search NIP, name, position, unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln employee(s)</source>
        <translation>
            <numerusform>%Ln employee</numerusform>
            <numerusform>%Ln employees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployeeTableModel</name>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPPK golongan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Nothing needs you today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SKP is in order and nobody is waiting for you. You may record progress and bukti dukung in Monitoring, or see how your results serve your unit&apos;s goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan waits for review and no deadline has passed. You may keep the organisation and its people up to date, or look at the cascading of results.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndActingDialog</name>
    <message>
        <source>End acting assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {title} ({unit}) since {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has no acting assignment to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day ({end}) is before the assignment started ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>SKP Desk — something needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
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
        <source>No person is chosen for this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are (File → Switch person) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not hold the role {role} in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the person&apos;s roles, or ask the BKPSDM to grant this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role {role} may not do this ({action}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to a role that may (File → Switch person), or ask the person who may. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This belongs to a unit outside your scope ({scope}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the pengelola kinerja of that unit. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is another employee&apos;s {kind}; only its owner may change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your own, or switch to the person it belongs to. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the plan&apos;s pejabat penilai kinerja may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the employee&apos;s atasan langsung (or the Plt/Plh acting for them). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is safe: the change was not saved. Try again; if it happens again, copy the details for support.</source>
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
    <name>GrantRoleDialog</name>
    <message>
        <source>Grant a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person, the role and where it applies. The role is offered to them the next time they sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>SKP Desk — Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no help page for this screen yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>What needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>{tasks}, {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good morning</source>
        <comment>greeting 04:00-10:59 (Indonesian: selamat pagi)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good day</source>
        <comment>greeting 11:00-14:59 (Indonesian: selamat siang)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <comment>greeting 15:00-17:59 (Indonesian: selamat sore)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening</source>
        <comment>greeting 18:00-03:59 (Indonesian: selamat malam)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{greeting}, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KopPreview</name>
    <message>
        <source>GOVERNMENT LINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME OF THE INSTANSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone, website, e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaporanOverviewPage</name>
    <message>
        <source>Employee list (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active employee in your scope: NIP (kept as text), name with titles, golongan, status, jabatan, unit and OPD, on one sheet ready to filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export employee list to Excel (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees in your scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPPK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official documents and sheets, made from the workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana SKP and Evaluasi Kinerja as PDF in the official layout, each with a code to verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel sheets of plans, the cascade (Matriks Pembagian Peran dan Hasil) and the predikat recap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing employees, goals and plans from Excel, with a report of every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing a whole OPD&apos;s documents at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employees in your scope yet. Add or import them in Organisation &amp; People.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the employee list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} exists already. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employees-{date}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee list · {scope} · {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {n} employees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {n} employees to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: the file may be open in Excel, or the folder is read-only. Close the file or choose another folder, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help for this screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SKP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP Desk — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>%n change not yet sent</numerusform>
            <numerusform>%n changes not yet sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Send them with a bundle in Synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This screen has nothing to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgCommands</name>
    <message>
        <source>Add employee {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit employee {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete employee {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {name} to another position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move unit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename unit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} assignment of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the acting assignment of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the role {role} to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the role {role} of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add unit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete unit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add position {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete position {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit position {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the atasan of {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgForm</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <source>New employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plt/Plh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Plt/Plh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change atasan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search NIP, name, position, unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the employees of every unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the chosen employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position and atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plt/Plh and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each position reports to its atasan position; whoever holds that position (or acts in it as Plt/Plh) is the pejabat penilai. Double-click a position to open its holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln employee(s)</source>
        <translation>
            <numerusform>%Ln employee</numerusform>
            <numerusform>%Ln employees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {total} employees</source>
        <translation>
            <numerusform>%Ln of {total} employees</numerusform>
            <numerusform>%Ln of {total} employees</numerusform>
        </translation>
    </message>
    <message>
        <source>In: {unit}  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an employee to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employee matches. Check the spelling, or show every unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employee in this unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>golongan not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atasan: {title} — {holder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No atasan position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Plt/Plh assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit to see its positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions in {unit}: the first {shown} of {total}; choose a smaller unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Positions in {unit} and below (%Ln)</source>
        <translation>
            <numerusform>Positions in {unit} and below (%Ln)</numerusform>
            <numerusform>Positions in {unit} and below (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose who you are first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role ({role}) may not change the organisation; the OPD&apos;s pengelola kinerja or the BKPSDM may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is outside your scope ({scope}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an employee first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen employee has no open Plt/Plh assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the BKPSDM grants roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instansi itself cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a position in the Positions tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are viewing the organisation as {role}. Changes to units, positions and employees are made by the OPD&apos;s pengelola kinerja or the BKPSDM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plt/Plh in this position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} from the workspace? Their plans and ratings are kept. You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {name} to another position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the position {name} now holds. The move can be undone with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move unit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit {name} will belong to. It moves with everything below it; a unit cannot move into itself or below itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the unit {name}? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the atasan position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever holds the chosen position will be the pejabat penilai of this position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit position {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the position {title}? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the employee who acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the role applies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgRefusal</name>
    <message>
        <source>This unit still has {positions} position(s) and {units} sub-unit(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete or move its positions and sub-units first, then delete the unit. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone holds this position ({holders} holder(s), {acting} Plt/Plh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move its holders to another position and end the Plt/Plh assignments first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{positions} other position(s) have this position as their atasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give them another atasan position first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That atasan position reports, directly or further up, to this position itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a position higher up, or no atasan. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgTreeModel</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} employees in this unit and below ({own} in the unit itself)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>{n} B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the whole instansi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {unit} and the units under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing your own records and those of the staff you rate as atasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing only your own records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in, so there is nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming in a later release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to {area}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PemantauanOverviewPage</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisasi
entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKI
reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence
files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence
size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following the plan through the year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording realisasi for each IKI in every period (quarterly or monthly, R-PERIODIC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching bukti dukung files to a result, kept safe inside the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umpan balik berkelanjutan from the atasan, peers and staff, on a result or a BerAKHLAK value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of the dialog kinerja between the employee and the pejabat penilai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan year is set up yet, so there is nothing to monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded for {year} in your scope yet: no realisasi, evidence or feedback. Choose another year to see earlier monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback has been given on the plans in your scope yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PenilaianOverviewPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat
organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final ratings per predikat kinerja pegawai (the 3×3 matrix, R-MATRIX), next to the predikat kinerja organisasi of the same period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating each period and seeing how it adds up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating hasil kerja and perilaku kerja by the pejabat penilai, with the evidence beside it (R-RATING).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The predikat from the 3×3 matrix (R-MATRIX), shown as it is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distribution checked against the predikat kinerja organisasi (R-CURVE): a warning, never a block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dashboard with charts per OPD, and the Evaluasi Kinerja document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan year is set up yet, so there are no ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No final ratings for {year} in your scope yet. Choose another year or period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rating(s) still in draft are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Type a name, NIP, jabatan or unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} employees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Periode</name>
    <message>
        <source>Quarter {roman} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semester {roman}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final (AKHIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanResultsDialog</name>
    <message>
        <source>How the results of this plan are linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results and indicators of this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP {year} of {name} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only. Editing comes with the drafting wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each main result (RHK utama) should intervene a result of the atasan or a goal of the organisation. Re-linking comes with the cascading tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result (RHK) and what it intervenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result (RHK) / indicator (IKI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has no results yet. They are written in the SKP drafting wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main (utama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional (tambahan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenes: {text} (RHK of {owner})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenes: {text} (goal of {unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to a result that is not in this workspace (yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked: an additional result needs no link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked (tidak terhubung)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <source>Edit position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kepala Bidang Perencanaan, Analis Kepegawaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kepala unit (heads this unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atasan position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever holds the atasan position (or acts in it as Plt/Plh) is the pejabat penilai of this position&apos;s holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No atasan position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A position cannot be its own atasan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionPicker</name>
    <message>
        <source>Search position, level, unit or holder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln position(s)</source>
        <translation>
            <numerusform>%Ln position</numerusform>
            <numerusform>%Ln positions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PositionTableModel</name>
    <message>
        <source>vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type and level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <source>Superior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameUnitDialog</name>
    <message>
        <source>Rename unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Employee (pegawai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atasan / pejabat penilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengelola kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BKPSDM central office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every employee is a pegawai, and the atasan role follows from the positions. The roles below are granted, for a unit and what lies below it or for the whole instansi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SK Kepala BKPSDM 800/12/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole instansi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — SKP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instansi (documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Instansi and Deadlines tabs (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies immediately, to every window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regulation&apos;s own words (SKP, RHK, IKI, BerAKHLAK, predikat) stay the same in both languages. Documents are always printed in Indonesian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language, the window layout, the recent workspaces and who signed in last are kept on this computer only. Everything you type (plans, ratings, the instansi details) is kept in the workspace and travels with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP Desk {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SKP Desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{employees} employees, {plans} SKP plans, {ops} recorded changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace is a folder holding one instansi&apos;s data, its evidence files and backups. SKP Desk closes this one and opens the one you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}  (open now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}  (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other workspace was opened on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not an SKP Desk workspace. To start a new workspace there, use “Create new workspace…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder for the new workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not empty and is not an SKP Desk workspace. Choose an empty folder (or make a new one in the folder window); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity printed on documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letterhead (kop surat) of every PDF, and the place written before the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instansi or unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG or JPEG, up to 2 MB; saved as soon as it is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the BKPSDM central office may change these settings. You are signed in as {role}: they are shown for reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed “{city}, {date}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the instansi logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting the next year&apos;s SKP starts on this day (with the RKT and PK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic evaluation: due this many days after the period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual (AKHIR) evaluation: due on this day of the following year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keberatan: the atasan decides within this many days of its filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These dates are not fixed nationally. Set them to follow your instansi&apos;s letters and the BKN e-Kinerja schedule; Beranda and the reminders use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[U] The regulation sets no national date ({rule}); your instansi decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed by the regulation (for reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the pegawai and the pejabat penilai have not drafted the SKP by the 2nd week of January, the pengelola kinerja drafts it ({date} for {year}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penetapan SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the latest at the end of January of the plan year ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed with the atasan of the pejabat penilai within {days} days of receiving the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[V] confirmed in the regulation · [P] from one secondary source · [U] not settled nationally: a setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {minimum} to {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With these settings: the first quarter of {year} ends {end}, its evaluation is due {evaluation}; the annual evaluation of {year} is due {akhir}; drafting the {next} plans starts {drafting}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles granted in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every employee is a pegawai, and atasan follows from the organisation; the roles below are granted. A scope limits a role to one unit and the units under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant a role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in with this role; another BKPSDM person may revoke it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} granted to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes on the Instansi or Deadlines tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the instansi details and deadlines?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Draft your own SKP, record your progress, give feedback to colleagues, file a keberatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and rate your staff&apos;s SKP, give atasan feedback, set your unit&apos;s predikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review SKP, draft plans for others, keep the organisation, periods and goals, exchange bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching clinic: draft SKP together with employees, edit cascading and goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the organisation and goals, nominate, review SKP, exchange bundles with the centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything except approving, rating and atasan feedback: grant roles, set the instansi details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {unit} and its units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this workspace (BKPSDM pusat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Who are you? — SKP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name, then the role you are working in now. You can switch person or role at any time (Ctrl+Shift+U).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up (BKPSDM pusat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roles have been granted in this workspace yet. Choose “Set up this workspace” to act as the BKPSDM central office: add the organisation and employees, then grant roles in Settings → Roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no employees yet. Choose “Set up this workspace” to act as the BKPSDM central office and add the organisation and employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing a name is not a password: protect this computer with your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a name in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the BKPSDM central office, until the first roles are granted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SinkronisasiOverviewPage</name>
    <message>
        <source>This copy&apos;s identity in bundles; each copy of a workspace has its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet sent in a bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles sent or received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is a complete copy of the workspace&apos;s database, made while it is in use. SKP Desk also makes one before every upgrade and restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging data without a network connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed bundle files to carry by USB stick, e-mail or WhatsApp, in both directions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and trust: the central office certifies each unit&apos;s key for its part of the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report of every bundle imported, and edits made at the same time kept for a person to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until then, back up before you copy the workspace folder to another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{own} on this computer ({total} in the workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}: no bundle has been sent from this computer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: bundles come with a later release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet. Make one now with Back up now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkpOverviewPage</name>
    <message>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my plan&apos;s results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your results (RHK) and indicators (IKI) with their targets, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting the SKP step by step, in the order of the BKN guide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wizards for the JPT form and for JA/JF, stage by stage (R-STAGES), saving each stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phrasing coach that tells a result from an activity while you type, with a better wording to take over (R-PHRASING).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators (IKI) with aspect and target, and the manual indikator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting for reviu by the pengelola kinerja, and penetapan by the pejabat penilai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until then the plans here can be read, not edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan year is set up yet. Plans appear here once a period and plans exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plans for {year} in your scope yet. Choose another year, or draft plans first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is acting as itself, not as a person, so it has no plan of its own. Switch person (Ctrl+Shift+U) to see an employee&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no plan in this workspace yet.</source>
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
<context>
    <name>TaskListModel</name>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft your SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue drafting your SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SKP came back from review: revise it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) waiting for your review</source>
        <translation>
            <numerusform>%n plan waiting for your review</numerusform>
            <numerusform>%n plans waiting for your review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) still without an SKP: draft it for them</source>
        <translation>
            <numerusform>%n employee still without an SKP: draft it for them</numerusform>
            <numerusform>%n employees still without an SKP: draft it for them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) waiting for your approval (penetapan)</source>
        <translation>
            <numerusform>%n plan waiting for your approval (penetapan)</numerusform>
            <numerusform>%n plans waiting for your approval (penetapan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate %n employee(s) for {period}</source>
        <translation>
            <numerusform>Rate %n employee for {period}</numerusform>
            <numerusform>Rate %n employees for {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n employee(s) their annual rating (Akhir)</source>
        <translation>
            <numerusform>Give %n employee their annual rating (Akhir)</numerusform>
            <numerusform>Give %n employees their annual rating (Akhir)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your {period} rating has arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) received but not applied yet</source>
        <translation>
            <numerusform>%n bundle received but not applied yet</numerusform>
            <numerusform>%n bundles received but not applied yet</numerusform>
        </translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keberatan is possible until today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A keberatan is possible until {date} (%n day(s) left)</source>
        <translation>
            <numerusform>A keberatan is possible until {date} (%n day left)</numerusform>
            <numerusform>A keberatan is possible until {date} (%n days left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due {date} · overdue by %n day(s)</source>
        <translation>
            <numerusform>Due {date} · overdue by %n day</numerusform>
            <numerusform>Due {date} · overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due {date} · in %n day(s)</source>
        <translation>
            <numerusform>Due {date} · in %n day</numerusform>
            <numerusform>Due {date} · in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>SKP {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Bidang Perencanaan dan Evaluasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. BKPSDM (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit kerja mandiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of a unit kerja mandiri is rated with the JPT form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Search unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitPositionsModel</name>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type and level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atasan position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}. {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({holder})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <source>Upcoming dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[U] set in Settings → Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates of SKP-REFERENCE R-DEADLINES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No national rule fixes this date; your instansi sets it (SKP-REFERENCE {rule}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengelola kinerja drafts the SKP {year} nobody has drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every SKP {year} ditetapkan (end of January)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting of SKP {year} begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual rating (Akhir) {year} due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period} {year} ratings due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SearchPicker</name>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
