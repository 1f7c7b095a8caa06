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
    <name>ActionPlanPanel</name>
    <message>
        <source>A new rencana aksi for this period; Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen rencana aksi (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it (Delete); Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana aksi are the steps planned for this period; the periodic evaluation looks at their progress (R-PERIODIC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an RHK in the table to see its rencana aksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana aksi of {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rencana aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rencana aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move rencana aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rencana aksi</source>
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
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan status, progress, predikat against the organisation&apos;s curve, cascade health and outliers per unit.</source>
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
    <name>AttachRunner</name>
    <message numerus="yes">
        <source>Attach %n file(s)</source>
        <translation>
            <numerusform>Attach %n file</numerusform>
            <numerusform>Attach %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not attached.</source>
        <translation>
            <numerusform>%n file was not attached.</numerusform>
            <numerusform>%n files were not attached.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPlans</name>
    <message>
        <source>Rencana SKP of a unit as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole instansi (your scope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to save into first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plans of {year} in this unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} PDF files written to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. The files already written are kept; none is half-written.</source>
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
    <name>Cascade</name>
    <message>
        <source>Direct cascading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-direct cascading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by aspek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by wilayah (area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by beban target (split the number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pendekatan layanan (steps of the service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output antara / milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the atasan&apos;s result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split does not add up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody contributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (+{n} IKI)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CascadeCommands</name>
    <message>
        <source>Edit MPH cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-link {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascade {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CascadeDialog</name>
    <message>
        <source>Cascade a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascade &lt;b&gt;{text}&lt;/b&gt; ({owner}) to the people it is shared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody rated by {owner} has a plan for this year yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their own contribution, e.g. Terverifikasinya berkas usulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target to split: {value} {unit} ({iki}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result has no numeric target to split.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CascadeExport</name>
    <message>
        <source>Pohon kinerja PDF, A4 landscape…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pohon kinerja PDF, A3 landscape…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pohon kinerja as Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPH as Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPH as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CascadeModel</name>
    <message>
        <source>Result / goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKI and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK utama without a parent ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK tambahan ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every RHK utama must intervene a result of the atasan or a goal: drag each onto one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sasaran: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKU: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n wording error(s)</source>
        <translation>
            <numerusform>%n wording error</numerusform>
            <numerusform>%n wording errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wording warning(s)</source>
        <translation>
            <numerusform>%n wording warning</numerusform>
            <numerusform>%n wording warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>outside this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only results (RHK) can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result belongs to a unit outside this tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s plan is under reviu and cannot change now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop it on a result of the atasan or on a goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That node is no longer in the tree; refresh (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It already intervenes this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result cannot intervene itself or a result below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner} is not {name}&apos;s atasan: an RHK intervenes a result of the atasan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CascadePage</name>
    <message>
        <source>Drag a result onto the one it serves (Ctrl+X, Ctrl+V with the keyboard); drop it on a person to cascade it to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascade to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascade the selected result to the people it is shared with (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print / export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPH matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the tree…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the top of the tree; reading the rest (edits wait until it is in)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking: the rest of the tree is being read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more: open a smaller unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner}: {text} — {state}: {total} of {target} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {jabatan} (no plan yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no RHK utama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic: F8 walks the unit person by person, top-down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic: {n} of {total}, {name} — {state}. F8 next, Shift+F8 previous, Ctrl+Enter opens the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of the tree is still being read; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a ditetapkan plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s plan has been ditetapkan. Changing this link marks the plan as changed after penetapan, and the pejabat penilai will see the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut: {text}. Select where it belongs and press Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a result to cascade first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner} is not this person&apos;s atasan: cascade to the people {owner} rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut (Ctrl+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the link (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the plan (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascade to… (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste here (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CascadeView</name>
    <message>
        <source>Drop to make it intervene this one.</source>
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
    <message>
        <source>{name} must end in {suffixes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --nip or --unit (one of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path} ({pages} pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {count} evaluation documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {count} evaluation documents to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {count} plans:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document was written: every plan was skipped. Use --worksheet to print periods not rated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {count} SKP documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {count} SKP documents to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must end in .pdf or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path} ({rows} rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat kinerja: {predikat} (rating hasil kerja {hasil}, rating perilaku {perilaku}; R-MATRIX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat organisasi {organisasi}; employees rated: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits the expected distribution (R-CURVE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit the expected distribution (R-CURVE). This is a consideration for the leader, not a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fit: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With {n} employees rated, no distribution meets every rule of this pattern; read it as a consideration only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest distribution that fits (re-ratings: {moves}): {distribution}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instansi choices: rounding {rounding}, largest group read as {largest} (change with --rounding and --largest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angka kredit: {rounded} ({bulan}/12 × {persen}% × koefisien {koefisien} = {exact}; R-AK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{jenjang} ({kategori}, {awal}–{akhir}): AK kumulatif {pangkat} for kenaikan pangkat; no higher jenjang in this kategori.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{jenjang} ({kategori}, {awal}–{akhir}): AK kumulatif {pangkat} for kenaikan pangkat, {jenjang_ak} for kenaikan jenjang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected in this jenjang: {total}; still needed for kenaikan pangkat: {pangkat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; for kenaikan jenjang: {jenjang}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicPanel</name>
    <message>
        <source>Choose the unit of the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback drafts for those without an SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R-DEADLINES: a plan not drafted by the 2nd week of January is drafted by the pengelola kinerja from the atasan&apos;s results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the person&apos;s plan (or starts one from the atasan&apos;s results). In the wizard, F8 goes to the next participant and Shift+F8 to the previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} fallback draft(s) created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} participants, top-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plan yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <source>Starts with an activity verb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SKP states results, not activities (Permen PANRB 8/2021, carried into 6/2022). A sentence that opens with a verb such as menyusun, melaksanakan or mengikuti says what you will do. Say what will exist when the work is done: tersusunnya, tersedianya, terselesaikannya, or name who benefits and how well. For a JPT this is an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names a kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words such as sosialisasi, monitoring, pembinaan or pelayanan name a category of work. The regulator&apos;s own table lists them as categories, not results. Say what the work achieves, or add the quality it must have (tepat waktu, akurat, sesuai standar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms that read as results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These forms read as results: ter-…-nya (tersusunnya, tersedianya, terwujudnya); a change with -nya (meningkatnya, menurunnya, berkurangnya); a noun phrase with a quality (… yang lengkap dan informatif); a subject with its verb (Pemerintah Daerah menggunakan …); a passive with a time or quality (… disampaikan tepat waktu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only says the activity took place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terlaksananya or terselenggaranya followed by an activity (rapat, sosialisasi, bimtek) only reports that the activity happened. Say what it achieved: what changed for the participants or the organisation, or how its results are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets of JA and JF should not be absolute (semua, selalu, tidak pernah, setiap), except for work that touches life, injury, national security or a large financial loss (Permen PANRB 8/2021). Set a level that is ambitious but reachable, for example a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKI cannot be measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the quantitative approach an IKI must be countable: a number, a percentage, a unit (dokumen, laporan, orang, hari) or a measure word (jumlah, persentase, indeks, rasio, tingkat, nilai, waktu). Otherwise nobody can say at the end of the year whether it was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKI repeats the RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IKI says how the result is measured; copying the RHK measures nothing. Name the count, the share or the time that shows the result was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator aspect missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the quantitative form each RHK of JA and JF is measured by aspect: kuantitas, kualitas, waktu, and biaya where the work is funded. An RHK needs at least a Kuantitas IKI, and as many IKI as your instansi requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No monitoring source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the development model (model pengembangan) each IKI says which data will be collected, from where and by whom. If a target cannot be monitored, the RHK does not belong in the SKP (Permen PANRB 8/2021).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK not linked to the atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every RHK utama of JA and JF supports an RHK of the atasan (the column RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI). Choose the atasan&apos;s RHK this result contributes to; an RHK tambahan may have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RHK starts with the activity verb &quot;{verb}&quot;: it says what you will do, not what will exist when the work is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; only names a kind of work. Say what the work will achieve, for whom and how well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RHK starts with &quot;{word}&quot;, which names a kind of work, and nothing says what it achieves. Add the result or the quality it must have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{opener}&quot; only says that the activity took place. Say what it achieved, for whom and how well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IKI uses &quot;{word}&quot;, which makes the target absolute. For JA and JF set a level that can be reached, unless the work concerns life, safety, national security or a large financial loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target uses &quot;{word}&quot;, which makes it absolute. For JA and JF set a level that can be reached, unless the work concerns life, safety, national security or a large financial loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IKI &quot;{iki}&quot; has no number, percentage, unit or measure word (jumlah, persentase, indeks, waktu …). How will it be counted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IKI is empty. Write how the result will be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IKI repeats the RHK word for word. Say how the result is measured, for example &quot;Persentase …&quot; or &quot;Jumlah …&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This RHK has no IKI with the Kuantitas aspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This RHK has {count} IKI; at least {min} are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This IKI has no data source: say where the data for monitoring will come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This IKI has no data source and no collector: say where the data will come from and who gathers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This RHK utama does not name the atasan&apos;s RHK (or the organisation goal) it supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PK goals are in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sasaran or IKU the JPT owns in the Perjanjian Kinerja appears as an RHK utama, so the SKP carries the organisation&apos;s commitments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK worded as results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each RHK reads as a result, not as an activity or a category of work (the coach&apos;s L1, L2 and L4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators, targets and perspektif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each RHK has at least one IKI with a target; in the quantitative form each RHK utama has its perspektif (penerima layanan, proses bisnis, penguatan internal, anggaran).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target basis stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each RHK utama says where its target comes from: a regulation or policy, the baseline or last realisation, service users&apos; expectations, or the leader&apos;s directive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lampiran filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lampiran lists the resource support, the accountability scheme and the consequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervened atasan RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each RHK utama names the atasan&apos;s RHK it supports, and that RHK is in the atasan&apos;s current plan (cascading).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team covers the atasan&apos;s RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RHK utama of the atasan is left without someone in the team contributing to it (the matriks peran dan hasil).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results, not a copy of the atasan&apos;s RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each RHK reads as a result, and does not copy the atasan&apos;s wording unless the atasan&apos;s RHK was cascaded directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKI measurable, by aspect, with a data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each IKI can be counted, the aspects fit the RHK (kuantitas at least), and in the development model each IKI says where its data comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets not absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target uses semua, selalu, tidak pernah or setiap, unless the work touches life, safety, national security or a large financial loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspektasi khusus considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leader considered a special expectation for each of the seven BerAKHLAK values. A value may be left empty; judge whether the empty ones were a choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparable to equivalent jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans of equivalent jabatan in the unit have comparable quality and level of control. Open them side by side and judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accountability scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Perjanjian Kinerja goals are recorded for this unit; compare with the PK by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {total} PK goals appear as RHK utama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{missing} of {total} PK goals have no RHK utama: {goals}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every RHK reads as a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} RHK read as an activity or a category of work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every RHK has an IKI with a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{no_target} RHK without an IKI and target; {no_perspektif} RHK utama without a perspektif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every RHK utama states its target basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} RHK utama do not state their target basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three lampiran are filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still empty: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atasan&apos;s plan is not available, so the intervened RHK cannot be checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every RHK utama names an RHK of the atasan&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{orphans} RHK utama name no atasan RHK; {unknown_parent} name an RHK that is not in the atasan&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atasan&apos;s plan is not available, so the team&apos;s coverage cannot be checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of the atasan&apos;s {total} RHK utama has a contributor in the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{uncovered} of the atasan&apos;s {total} RHK utama have no contributor in the team yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every RHK reads as a result in its own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wording} RHK read as an activity or a category; {duplicates} copy the atasan&apos;s RHK without direct cascading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every IKI is measurable, with its aspects and data source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK with an IKI that cannot be measured: {unmeasurable}; with a missing aspect: {aspect}; without a data source: {no_source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target is absolute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} RHK have an absolute target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspektasi khusus is written for {filled} of {total} values; the others are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{equivalent} plans of equivalent jabatan in this period; compare them side by side.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Curve</name>
    <message>
        <source>{first} or {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} is the largest group (more than half of the people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} is the largest group (no other predikat has more people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} is the largest group (more people than any other predikat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} at most {share} ({limit} of {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} at least {share} ({limit} of {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one employee rated {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no employee rated {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{requirement}: {count} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {target} {group}: {amount} fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {target} {group}: {amount} more, re-rated from {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {target} {group}: {amount} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save table as Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as P&amp;NG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save table as E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All jabatan types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All I may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat and the curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascade health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengawas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelaksana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fungsional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} (own staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every jabatan type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}, {periode}; {unit}; {jabatan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plans for this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periode} (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the IKI of approved plans with a realisasi (a number or, for a qualitative plan, a text) recorded for each period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IKI of approved plans for this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No predikat organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(with {n} people rated no distribution meets every rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curve (R-CURVE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would make it fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} has no predikat kinerja organisasi for {periode}: the distribution cannot be checked against the curve. The unit leader records it on the Rating page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units with ratings but no predikat organisasi for this period: {count} of {units}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units not fitting the curve of their predikat organisasi: {count} of {units}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curve is a consideration for the leader, not a rule (R-CURVE). Instansi choices: an upper share allows at least one person, a lower share needs its share of people rounded up; the largest group has more people than any other. Choose a row to see its curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK utama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervening nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervening a non-atasan&apos;s RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atasan RHK nobody takes up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main findings of the cascade checks, counted per unit; cycles and split targets (porsi) are checked on the Cascading page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone rated {predikat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation rated {organisasi}, most employees Baik or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil kerja above expectations with realisasi on under {share} of the IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated with no realisasi in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation below its people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above expectations, little realisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated without realisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP Desk&apos;s own signs worth a look, not rules: everyone in a unit of at least {n} rated alike; an organisation rated below Baik with at least {good} of its people Baik or better (R-ORG-PREDIKAT); ratings that the recorded realisasi do not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outliers for this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {shown} largest of {total} units by {what}; the table has them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat of the employees against the pattern for predikat organisasi {organisasi}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat of the employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees (n = {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of the {organisasi} pattern (R-CURVE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest distribution that fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits the distribution pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit the distribution pattern (a consideration for the leader, not a rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No predikat kinerja organisasi: the distribution cannot be compared with a pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has a final rating yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one employee {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogKinerja</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogKinerjaDialog</name>
    <message>
        <source>New dialog kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog kinerja on the plan of {name} ({year}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Klarifikasi ekspektasi, kendala data TW2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What both sides agreed to do, by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed &amp;follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place, medium, who else took part (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dialog that has not been held yet stays “{planned}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by {name}: only they change its content. You may move the status on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogKinerjaSection</name>
    <message>
        <source>A dialog kinerja may be held at any time, from the klarifikasi ekspektasi on, at either side&apos;s initiative. The pegawai or the pejabat penilai records it; either of them moves the agreed follow-up on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add dialog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dialog kinerja recorded for this plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the pegawai and their pejabat penilai record a dialog kinerja on a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a dialog kinerja held or planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dialog first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the dialog: Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {name}, who recorded it, deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dialog kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit dialog kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set dialog kinerja status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete dialog kinerja</source>
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
        <source>The workspace {path} has an older schema ({revision}) and cannot be read without updating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in SKP Desk once (it is updated after a backup), then try again.</source>
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
        <source>{name} already has an SKP for {year} in this jabatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the existing plan and continue it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is {status}; it cannot be {action} now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the screen to see the plan&apos;s current stage. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is {status} and cannot be edited by you now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the reviewer or the pejabat penilai to return it to you (dikembalikan). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan still has {count} error(s), e.g. {first}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the findings marked as errors (warnings may stay), then submit again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody may review, approve or rate their own plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s pejabat penilai kinerja must do it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no atasan: the jabatan has no atasan position, or it is vacant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the atasan position in Organisasi &amp; Pegawai, or name a Plt/Plh for it, then create the plan. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atasan ({name}) has no SKP for {year} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the atasan to draft their plan first (cascading goes top-down), or link the result to an organisation goal for now. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {source} to start this plan from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another starting point or start from an empty plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviu checklist is not complete: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick or answer every row that must be judged, or return the plan with notes. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rencana hasil kerja is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the result this work delivers, e.g. &quot;Tersusunnya laporan ... tepat waktu&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RHK utama &quot;{text}&quot; does not name the atasan&apos;s RHK it intervenes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the atasan&apos;s rencana hasil kerja this result supports (JA/JF, R-CASCADE), or make it an RHK tambahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen RHK is not in the atasan&apos;s plan for this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a result from the atasan&apos;s own plan (the list offers only those).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result cannot intervene itself or a result below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop it on a result of the owner&apos;s atasan, higher up the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That result belongs to someone who is not this person&apos;s atasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RHK intervenes a result of the owner&apos;s own atasan (pejabat penilai) or a goal of the unit or the units above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That goal belongs to another unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the RHK to a goal of the owner&apos;s unit or of a unit above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That result or goal belongs to another plan year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of one year intervene results and goals of the same year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That result or goal has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the tree (F5) and choose a result that still exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has been ditetapkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing it marks the plan as changed after penetapan; the pejabat penilai sees the difference. Confirm to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has been ditetapkan; your role cannot change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask its owner, the pejabat penilai or the pengelola kinerja to change the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was chosen to cascade the result to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no plan for this year yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the plan first (SKP area, or the missing plans in the checks panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result has no numeric target to split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give its IKI a numeric target first, or cascade by aspek, wilayah or non-direct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The split target &quot;{value}&quot; is zero or negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person&apos;s share must be a number above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That node belongs to a unit outside this tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the tree of its own unit to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target &quot;{value}&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the kuantitatif approach type a number, e.g. 12 or 97,5 (the unit goes in its own field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target {value} has no unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the unit of the target, e.g. dokumen, laporan, %, hari.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be written to {path} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder, close the file if another program has it open, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SKP found for NIP {nip} in {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the NIP and the year; the plan must exist in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is {status}: it has not been set (ditetapkan) yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umpan balik and ratings start once the pejabat penilai has set the plan. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{periode}&quot; is not an evaluation period of the {year} plan year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of: {allowed}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periode} lies outside this plan&apos;s dates ({start} to {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan that starts or ends during the year is rated only for the periods it covers. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periode} has not ended yet: it ends on {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate it from {first_day} on; until then, give umpan balik. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody writes umpan balik on their own plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record your realisasi and bukti dukung instead; umpan balik comes from your atasan, colleagues and subordinates. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the organisation you are not {name}&apos;s atasan, colleague or subordinate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umpan balik comes from the pejabat penilai and the leaders above, from colleagues under the same atasan and from subordinates. Check the positions in Organisasi &amp; Pegawai. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umpan balik must be about one rencana hasil kerja of this plan or one BerAKHLAK value ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the RHK or the value it is about. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The umpan balik is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what you observed and the bukti dukung it rests on. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the pegawai and their pejabat penilai kinerja record a dialog kinerja on a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask one of them to record it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialog kinerja has no topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was (or will be) discussed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dialog kinerja dated {held_on} has not been held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep its status Planned until it has been held, or correct the date. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody rates their own plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s pejabat penilai kinerja rates it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {periode} rating is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen it first (the reopening is recorded), then change it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {periode} rating is still a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keberatan can be filed, and a rating reopened, only once the rating is final. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keberatan was filed on the {periode} rating; it cannot be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atasan of the pejabat penilai decides the keberatan, and that decision is final. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The predikat kinerja organisasi of {unit} for {year} ({periode}) has not been set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating hasil kerja of the unit&apos;s leader comes from it: ask the leader of the organisation above to set it, then rate. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating hasil kerja of a unit&apos;s leader follows the predikat kinerja organisasi ({predikat} gives {rating}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the rating hasil kerja as it is; how the predikat organisasi maps to a rating is a workspace setting. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time for a keberatan has passed: the result was received on {received} and the last day was {last_day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keberatan is filed within {days} days of receiving the result. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keberatan on this rating, filed on {filed_on}, is still waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the decision of the atasan of the pejabat penilai. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keberatan on this rating was decided ({decision}) on {decided_on}; it is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the plan&apos;s keberatan history. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keberatan has no reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why you object to the rating and the bukti dukung you rely on. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the atasan of the pejabat penilai ({position}) decides this keberatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the holder of that position, or its Plt/Plh. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pejabat penilai&apos;s position ({position}) has no atasan in this workspace, so nobody here can decide the keberatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the atasan position in Organisasi &amp; Pegawai. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An accepted keberatan must change the rating, but the new ratings are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new ratings, or reject the keberatan with a note. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keberatan decision has no note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the keberatan is accepted or rejected; the pegawai reads it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation period {periode} {year} is locked: nothing more can be recorded in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the pengelola kinerja to reopen it if an entry is missing. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation period {periode} {year} is locked already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list of periods. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation period {periode} {year} is open already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is needed to reopen {periode} {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why it is reopened (e.g. which entries are missing); the reason stays in the period&apos;s history. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries of the {year} plan year are recorded in periods the new frequency does not have ({periodes}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current frequency, or remove those entries first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisasi, rencana aksi and bukti dukung are recorded once the pejabat penilai has set the plan. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the RHK or the IKI this entry belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one row of the plan (an IKI together with its own RHK). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the kuantitatif approach realisasi is recorded per IKI, not for the RHK as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the RHK&apos;s IKI and type its realisasi. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The realisasi is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number achieved (e.g. 12 or 12,5) or, in the kualitatif approach, describe what was achieved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The realisasi &quot;{value}&quot; is not a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number such as 12 or 12,5 (the unit goes in its own field). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The realisasi {value} has no unit, and the IKI&apos;s target has none either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the unit, e.g. dokumen, laporan, %, hari. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rencana aksi is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what will be done for the RHK in this period, e.g. &quot;Menyusun draf laporan triwulan&quot;. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one file; attach several files one by one, or compress the folder into one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read (it does not exist, or access is denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and that you may open it, then try again. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file that holds the bukti dukung. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} allowed for one bukti dukung file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the file smaller (compress or split it), or ask the BKPSDM to raise the limit in Settings. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file of {name} is not in the workspace&apos;s attachments folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may still arrive with a bundle from the computer that attached it; otherwise attach the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file of {name} has changed since it was attached (its checksum differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the original file again; never edit files inside the attachments folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook (.xlsx) that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sheet as an Excel Workbook (.xlsx) and choose it again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has no column(s) {missing} in its first rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the e-Kinerja daily progress layout: Rencana Aksi, Tanggal, Jam Mulai, Jam Selesai, Kegiatan Harian, Realisasi, Satuan, Bukti Dukung. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has no progress rows under its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file that holds the daily progress. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet does not say whose progress it is (no NIP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the employee before importing, or add a NIP column. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employee with NIP {nip} is in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the NIP, or add the employee in Organisasi &amp; Pegawai first. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the sheet&apos;s rows can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview says why for each row. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use di-atas, sesuai or di-bawah (or Di Atas Ekspektasi, Sesuai Ekspektasi, Di Bawah Ekspektasi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a predikat kinerja pegawai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use sangat-baik, baik, butuh-perbaikan (or cukup), kurang or sangat-kurang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a predikat kinerja organisasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use istimewa, baik, butuh-perbaikan, kurang or sangat-kurang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{part}&quot; is not of the form KEY=NUMBER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the counts as SB=2,B=10,BP=1,K=0,SK=0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is not a predikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use SB, B, BP, K and SK (or sangat-baik, baik, butuh-perbaikan, kurang, sangat-kurang).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count for {key} is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each predikat once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a number of people (for {key}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employees are counted: every count is zero or missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of employees per predikat, e.g. SB=2,B=10,BP=1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a jenjang of a jabatan fungsional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angka kredit applies to jabatan fungsional: use Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama, Pemula, Terampil, Mahir or Penyelia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a number of months from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the whole months the predikat covers, e.g. 12 for a year or 3 for a triwulan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The periods add up to {total} months; a year has 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the periods: each month of the year counts once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an amount of angka kredit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a number, 0 or more, e.g. 37.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no plan year {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of its plan years: {years}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no rating for {periode} {year} yet: rating hasil kerja, rating perilaku and predikat are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pejabat penilai rates the period first; or print a worksheet instead, marked &quot;belum dinilai&quot;. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKP of {name} is {status}: it has not been set (ditetapkan), so it has no evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evaluation document is made for a ditetapkan plan. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a period such as 2025/AKHIR or 2025/TW1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the year, a slash and the period: TW1–TW4, AKHIR, SEMESTER-1, SEMESTER-2 or BULAN-01 to BULAN-12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} has no SKP plans in {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another unit or year. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jabatan of {name} ({jabatan}) is not a jabatan fungsional: it earns no angka kredit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angka kredit is reported for jabatan fungsional (Ahli and Keterampilan jenjang). No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} has no jabatan fungsional with an SKP in {year}.</source>
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
    <name>EvaluationDocuments</name>
    <message>
        <source>&amp;Evaluation document (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Evaluasi Kinerja Pegawai of the chosen pegawai and period, with the unit&apos;s curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation documents of a &amp;unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ratings of the unit as Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Angka kredit report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pegawai and an evaluation period in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the evaluation document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a worksheet instead? Every rating cell reads &quot;BELUM DINILAI&quot; and every page is marked, so it cannot pass for the signed document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings of a unit as Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ratings of {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit, a year and a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation documents of a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print periods not rated yet, marked &quot;BELUM DINILAI&quot; (worksheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write the PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to save into first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} plans done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} PDF files written to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} plans skipped (listed below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. The files already written are kept; none is half-written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angka kredit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angka kredit of jabatan fungsional from the final predikat: per period, the year and the total in the jenjang, against what kenaikan pangkat and kenaikan jenjang need (R-AK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pegawai: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pegawai (choose one in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose u&amp;nit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no plan year yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the angka kredit report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Enter opens the file, Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files to attach as bukti dukung of the chosen row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file with the system&apos;s viewer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the file from the plan (Delete); it can be restored, and Ctrl+Z undoes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a removed file back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to {limit} per file, set by your instansi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag files from the file manager onto a row of the table or onto this list to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an RHK or IKI in the table to see its bukti dukung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukti dukung of {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RHK itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKI {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bukti dukung yet. Drag files here, or use Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bukti dukung in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached by {who} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not in this workspace yet: it may still be on its way with the next synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for this type: open it with the system viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read as a PDF, so there is no preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read as an image, so there is no preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>First page of %n page(s).</source>
        <translation>
            <numerusform>First page of %n page.</numerusform>
            <numerusform>First page of %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview could be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Superior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan to see its umpan balik and dialog kinerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pejabat penilai gives umpan balik on each RHK and each BerAKHLAK value. Notes from colleagues, subordinates and higher leaders (360°) are evidence for the pejabat penilai, not a score: they do not count towards the rating (R-LIFECYCLE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give umpan balik…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About / from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umpan balik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What you observed, and the bukti dukung it rests on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;mpan balik ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog &amp;kinerja ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has no period {periode}: the notes of the whole year are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umpan balik and dialog kinerja: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole year {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{jabatan}, {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pejabat penilai: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing: {periode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is not ditetapkan yet: umpan balik starts once it is (R-LIFECYCLE phase 2). A dialog kinerja may be recorded already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periode} is locked: its umpan balik can no longer be added or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no relation to this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You write as the pejabat penilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You write as: {relation} (a 360° note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as a person to give umpan balik: a note always has an author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody writes umpan balik on their own plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not {name}&apos;s atasan, colleague, subordinate or higher leader in the organisation, so you cannot give umpan balik on this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to your atasan role to give umpan balik as pejabat penilai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current role does not give 360° notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umpan balik starts once the plan is ditetapkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periode} is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana hasil kerja (RHK): umpan balik of the pejabat penilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambahan {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utama {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(RHK deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perilaku kerja (BerAKHLAK): umpan balik of the pejabat penilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General notes of the atasan (older records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360° notes from colleagues, subordinates and higher leaders: evidence, not a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 360° notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} — no umpan balik yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {subject}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note: Enter or F2 edits it, Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write umpan balik on the selected RHK or value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one of your notes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the author edits or deletes a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BerAKHLAK: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New umpan balik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written as {relation} for {periode}, dated today. Ctrl+Enter saves, Escape cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your umpan balik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on {date} for {periode}. Ctrl+Enter saves, Escape cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give umpan balik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit umpan balik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete umpan balik</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
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
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
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
</context>
<context>
    <name>Findings</name>
    <message>
        <source>The plan has no RHK utama yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This RHK has no IKI with a target (kuantitatif) or no ukuran keberhasilan (kualitatif).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target &quot;{value}&quot; is not a number: type a number such as 12 or 97,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target {value} has no unit (dokumen, laporan, %, hari …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
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
    <name>ImportDialog</name>
    <message>
        <source>Import progress from e-Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily-progress sheet of e-Kinerja (.xlsx): Rencana Aksi, Tanggal, Jam Mulai, Jam Selesai, Kegiatan Harian, Realisasi, Satuan, Bukti Dukung. Each row&apos;s Rencana Aksi is matched to an IKI, a rencana aksi or an RHK of the plan; its Tanggal chooses the period. The day&apos;s Realisasi of one IKI and period are added up and replace what is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose rows these are when the sheet has no NIP column and no NIP above its header (empty: yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NIP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKI / RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana Aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see what it holds; nothing is written before Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-Kinerja daily-progress sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the .xlsx file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: {rows} rows. {matched} rows give {items} realisasi to record; {skipped} rows are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be recorded ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped ({n})</source>
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
        <source>Opening the workspace…</source>
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
    <name>Monitoring</name>
    <message>
        <source>IKI: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK / IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target set in the plan (R-IKI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was achieved in this period: type it, Enter saves, Escape cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit of the realisasi (default: the target&apos;s unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukti dukung files attached in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done}/{total} IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukuran keberhasilan: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from e-Kinerja by {who} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by {who} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files on this row to attach them as bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK tambahan {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK utama {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringEvidence</name>
    <message>
        <source>Storing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing {name} ({n} of {total})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringFiles</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringImport</name>
    <message>
        <source>empty row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Tanggal is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no NIP in the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NIP is not an employee of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plan covers the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan is not ditetapkan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no RHK, IKI or rencana aksi of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits several RHK or IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Realisasi is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Realisasi (kuantitatif plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of one IKI give different Satuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Satuan, and the IKI has no unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not record this plan&apos;s progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from e-Kinerja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read realisasi from the e-Kinerja daily-progress sheet (.xlsx), with a preview first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisasi &amp;&amp; bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umpan balik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods &amp;&amp; summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kualitatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kuantitatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locks by itself after {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has no RHK yet: its results are drafted in the SKP area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was achieved in the Realisasi column and press Enter (Escape cancels, Delete clears it). Drag files from the file manager onto a row to attach them as bukti dukung. Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the realisasi of an IKI and press Enter (Escape cancels, Delete clears it). Drag files from the file manager onto a row to attach them as bukti dukung. Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SKP is {status}: realisasi, rencana aksi and bukti dukung are recorded once the pejabat penilai has set (ditetapkan) it. Until then the table can be read only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen it with “Reopen period…” if entries are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the pengelola kinerja to reopen it if an entry is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periode} {year} is locked, so it can be read only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read this plan but not record in it: its owner, its pejabat penilai and the pengelola kinerja of its unit record its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periode} is past {date}: it locks when the workspace is next opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akhir is the annual evaluation, January to December: record what the year achieved. The periodic realisasi are its evidence; they are not added up (R-PERIODIC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in, so there is nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan year is set up yet, so there is nothing to monitor. Once the pengelola kinerja has set up the year and the SKP are drafted and set, their progress is recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no SKP for {year}. Draft it in the SKP area; once your pejabat penilai has set (ditetapkan) it, you record its realisasi and bukti dukung here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no plans for {year} in your scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisasi, evidence and feedback counted for your scope. {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukti dukung ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana aksi ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record realisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the unit of the realisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear realisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock {periode} {year}? Nothing more can be recorded in it, in any plan of {year}, until it is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen {periode} {year} so entries can be recorded again? Write why: the reason stays in the period&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringPeriods</name>
    <message>
        <source>Locked (deadline passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: locks soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past its deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by itself on {date}, after {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by {who} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened by {who} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringPlans</name>
    <message>
        <source>Your SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP {nip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are the pejabat penilai of this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, NIP, jabatan or unit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MphModel</name>
    <message>
        <source>Person and jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no plan yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MphPanel</name>
    <message>
        <source>Atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell is the result that person delivers for the atasan&apos;s result above it. Type to create or reword it; empty it to remove it (Ctrl+Z undoes).</source>
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
    <name>PeriodsPanel</name>
    <message>
        <source>Each period locks by itself a few days after its deadline (the grace days are a setting of the instansi); the pengelola kinerja may lock it earlier or reopen it with a reason. A lock holds for every plan of the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly (TW I–IV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-yearly (semester)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[L] How often the year is evaluated is your instansi&apos;s choice ({rule}), the same for every plan of the year; the pengelola kinerja of the instansi changes it while no realisasi sits in periods the new choice does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKI reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation periods of {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the pengelola kinerja of the whole instansi changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has locked or reopened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periode}: {history}</source>
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
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
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
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed after approval</source>
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
    <name>ProgressView</name>
    <message>
        <source>Drop to attach to {row}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingDialogs</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hasil kerja {hasil}, perilaku {perilaku} → predikat {predikat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periode} rating: {rating}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may file it until {date}: {days} days after receiving the result (R-DEADLINES). The atasan of your pejabat penilai hears both sides and decides; the decision is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you object to the rating, and the bukti dukung you rely on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide the keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} objects to the {periode} rating (filed {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating now: {rating}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear both sides before deciding. Decide by {date} (a workspace setting). The decision is final: it cannot be changed or reopened afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject: the rating stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept and change the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rating &amp;hasil kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rating &amp;perilaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating hasil kerja of a unit&apos;s leader follows the predikat kinerja organisasi (R-ORG-PREDIKAT): only the rating perilaku can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for the pegawai and the pejabat penilai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New predikat: {predikat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat kinerja organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the leader of the organisation above, from the achievement of the Perjanjian Kinerja and the expectations placed on the unit (R-ORG-PREDIKAT). It chooses the distribution pattern of the unit&apos;s employees (R-CURVE) and gives the rating hasil kerja of the unit&apos;s leader. The latest one set counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periode} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Predikat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basis, e.g. the capaian of the PK (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingEvidence</name>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK / IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisasi and bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About / note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umpan balik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual rating is set on its own from the year&apos;s evidence. The periodic predikat are shown as evidence and are never averaged into it (R-PERIODIC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perilaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisasi in {scope}: {reported} of {indicators} IKI reported ({rows} entries), {results_reported} of {results} RHK; {files} bukti dukung file(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umpan balik: {atasan} from the pejabat penilai (on {rhk} RHK and {values} BerAKHLAK values), {peers} 360° note(s) — evidence, not a score. Dialog kinerja: {dialogs} ({open} not finished).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no RHK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No periodic rating yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the pejabat penilai, per RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the pejabat penilai, per BerAKHLAK value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>360° notes (peers, subordinates, others): evidence only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{topic} — follow-up: {follow_up} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Umpan balik ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingForm</name>
    <message>
        <source>Rating &amp;hasil kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating &amp;perilaku kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat kinerja pegawai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The predikat follows the 3×3 matrix from the two ratings (R-MATRIX); nobody types it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (catatan / rekomendasi):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rating as a draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the rating final: the pegawai receives it (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a final rating a draft again (the reopening is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution in the unit (R-CURVE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record predikat &amp;organisasi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leader of the organisation above records the unit&apos;s predikat kinerja organisasi (R-ORG-PREDIKAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keberatan (R-FOLLOWUP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a k&amp;eberatan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec&amp;ide the keberatan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keberatan has been filed on this plan&apos;s ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periode}: filed on {date} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating then: {hasil} / {perilaku} → {predikat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the decision of the atasan of the pejabat penilai (by {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted on {date} by {name}: now {hasil} / {perilaku} → {predikat}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected on {date} by {name}: the rating stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil kerja ↓
Perilaku →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di Atas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesuai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di Bawah</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingList</name>
    <message>
        <source>{keys}; ✎ draft; — ended, not rated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a draft rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ditetapkan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keberatan waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
NIP {nip}
{jabatan}
{unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keberatan waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate {periods}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periode}: {predikat}, {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periode}: outside this plan&apos;s dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periode}: not ended yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periode}: not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <source>Rate each period next to its evidence; the predikat follows the 3×3 matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra&amp;tings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keberatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary per OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, NIP, jabatan or unit (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation documents come in a later release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan in the list to see its evidence and ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in, so there is nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace itself: every plan of the instansi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plans you rate as pejabat penilai, and your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plans in your scope, read-only: the pejabat penilai rates (R-RATING). And your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own plans: your pejabat penilai rates them; you may file a keberatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan year holds a plan you rate or see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} plan(s) of {year}; {due} with a period left to rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {n} plan(s) of {year} shown; {due} with a period left to rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP {nip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP {year}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pejabat penilai: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating due by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating of {periode} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated: the period ends on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final since {date} (rated by {name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final since {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keberatan possible until {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved on {date}: the pegawai does not receive it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved on {date} (by {name}): the pegawai does not receive it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rating is final. Reopen it to change it (the reopening is recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own plan: your pejabat penilai rates it (R-RATING). You see the ratings, and you may file a keberatan on a final one within {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the plan&apos;s pejabat penilai rates it (R-RATING). You see the ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the predikat organisasi maps to a rating is the instansi&apos;s setting ({setting}, Settings → Rating).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} leads {unit}: the annual rating hasil kerja comes from the unit&apos;s predikat kinerja organisasi (R-ORG-PREDIKAT), which has not been set for {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} leads {unit}, rated {org}; the setting that maps it to a rating holds a value that is not a rating. Correct it in Settings → Rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} leads {unit}: its predikat kinerja organisasi {org} gives the rating hasil kerja {rating} (R-ORG-PREDIKAT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved rating?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ratings or the note of {periode} have not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the rating hasil kerja and the rating perilaku first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise the rating?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {periode} {year}: predikat {predikat}. Once final, the pegawai receives it and may file a keberatan within {days} days; changing it then needs a recorded reopening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise the rating of {name} ({periode})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate {name} ({periode})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the final rating?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {periode} rating of {name} becomes a draft again so that you can change it. The reopening is recorded with your name and the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the rating of {name} ({periode})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s jabatan has no unit, so there is no distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit}: {n} employee(s) with a final {periode} rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} draft rating(s) not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No predikat kinerja organisasi has been set for {unit} or a unit above it for {periode} {year}, so the distribution cannot be checked against the curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predikat organisasi {org} ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to check yet against the {org}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits the expected distribution for the {org} (R-CURVE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit the expected distribution for the {org} (R-CURVE). A consideration for the leader, not a rule: nothing is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fit: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With {n} employee(s), no distribution meets every rule of this pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keberatan ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keberatan can be filed once this period&apos;s rating is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keberatan has been filed on this rating; one per rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may file a keberatan on this rating until {date}, with your reasons; the atasan of your pejabat penilai decides (R-DEADLINES).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingSettings</name>
    <message>
        <source>A unit leader&apos;s rating hasil kerja from the predikat organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a JPT leads the unit, the unit&apos;s predikat kinerja organisasi is set as their annual rating hasil kerja (R-ORG-PREDIKAT). [U] The regulation does not say how the five levels map to the three ratings: this is your instansi&apos;s setting. The default is the reference&apos;s proposal: Istimewa → Di Atas Ekspektasi, Baik → Sesuai Ekspektasi, the others → Di Bawah Ekspektasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predikat organisasi {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a rating, so a unit leader cannot be rated until it is corrected: {values}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingTabs</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted: now {predikat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the atasan of the pejabat penilai you decide keberatan on the ratings your subordinates gave (R-DEADLINES): hear both sides; you may change the rating; the decision is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec&amp;ide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: keberatan on the listed plans and those you decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keberatan is waiting for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keberatan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final ratings per predikat kinerja pegawai (the 3×3 matrix, R-MATRIX), next to the predikat kinerja organisasi of the same period. Drafts are not counted.</source>
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
        <source>Without a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
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
    <name>RatingText</name>
    <message>
        <source>TW {roman}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sem {roman}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter {roman}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semester {roman}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual (AKHIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{predikat} {count} ({share})</source>
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
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
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
        <source>Evaluation periods lock by themselves this many days after their deadline</source>
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
        <source>Names of the drafting stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[U] The regulation does not fix these names ({rule}): the BKN guide describes what each stage does, not what it is called. Type another name to show it in the drafting wizards, in both languages; leave a field empty to keep the default name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default names</source>
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
        <source>Unsaved changes on the Stages tab.</source>
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
    <name>SkpDialogs</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SKP for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuantitatif (IKI with numeric targets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kualitatif (ukuran keberhasilan in words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendekatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model dasar (first SKP, fewer stages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model pengembangan (levels and monitoring too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atasan&apos;s results (one RHK per atasan RHK utama: the MPH row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year&apos;s plan of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague&apos;s plan in the same jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviu of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows the app can decide are filled in. Judge the others: choose Yes or No and add a note where it helps the employee. A plan that fails a row may still be passed, or returned with notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(judge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the whole plan (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the plan with notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note where something must change; leave the others empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the plan as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perilaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Rencana SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
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
    <name>SkpPage</name>
    <message>
        <source>Draft the plan stage by stage with the coach; submit it for reviu and penetapan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SKP for me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SKP for an employee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDFs of a unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana SKP of every plan of a unit as PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My team ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for reviu ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose SKP?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic: participant {n} of {total}, {name}. F8 next, Shift+F8 previous.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>Goals and Perjanjian Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role and result matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned work results (RHK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators (IKI) and targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How progress is monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to angka kredit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work behaviour (BerAKHLAK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Renstra and the Perjanjian Kinerja (PK) you signed for this year. List each sasaran strategis or program your unit answers for, with its indicator (IKU) and its target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the sasaran strategis of your organisation in the Renstra and the Perjanjian Kinerja (PK), then at the rencana hasil kerja (RHK) of your atasan for this year. Each of your main results will support one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your atasan and your team, in a dialog kinerja, share out the atasan&apos;s results: one row per person, one column per result of the atasan, and in each cell what that person delivers. Split by aspect, by area or by quantity where the result can be divided (direct cascading); otherwise by the steps of the service or by intermediate outputs (non-direct cascading).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your rencana hasil kerja. Utama: each sasaran of the PK, each direktif (assignment) of your leader, and the strategic initiatives that reach them. Tambahan: other agreed work, such as developing your own or others&apos; competence, or a social task force. Write each one as a result, not an activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your rencana hasil kerja. Utama: what you deliver for your atasan&apos;s RHK (your cells of the matrix) and each direktif of your leader; for each, name the atasan&apos;s RHK it supports (intervensi). Tambahan: other agreed work, such as developing competence or a social activity. Write each one as a result, not an activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put each RHK utama under one of the four perspectives: penerima layanan (stakeholders), proses bisnis, penguatan internal, anggaran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every RHK write at least one indikator kinerja individu (IKI) that shows whether the result was reached, and its target for the year. For a sasaran of the PK use the PK&apos;s indicator and target. With the kualitatif approach, describe the measure of success in a sentence instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every RHK choose the aspects that matter (kuantitas, kualitas, waktu, biaya), write one IKI per aspect and set its target. Do not make a target absolute (semua, selalu, setiap, tidak pernah). With the kualitatif approach, describe the measure of success in a sentence instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every IKI describe the result it measures, define the indicator, give the formula that computes it, and say what it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every IKI describe three to five levels of performance, lowest first. The level you agreed as the target is “baik”; the pengelola kinerja may help write the other levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every IKI say which data show the progress, where they come from, when they are collected and who collects them. An RHK that cannot be measured this way is taken out of the SKP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a jabatan fungsional: link each RHK utama to a butir kegiatan of your jabatan and its angka kredit. Move an RHK utama without a butir kegiatan to tambahan, or add one that follows your atasan&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seven BerAKHLAK core values and their behaviour guides are the same for everyone. Your atasan may add an ekspektasi khusus (a specific expectation) to any value; the others stay empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree with your atasan and list the resources you will be given (dukungan sumber daya), how and when you report on your work (skema pertanggungjawaban), and what follows from meeting or missing the expectations (konsekuensi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the whole plan once more, fix what the check marks, then submit it. The pengelola kinerja reviews it (reviu) and the authorised official, for example the Kepala Daerah or the JPT madya, sets it (penetapan). A plan sent back returns to you with notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the whole plan once more, fix what the check marks, then submit it. The pengelola kinerja reviews it (reviu), then your pejabat penilai kinerja sets it (penetapan). A plan sent back returns to you with notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BKN guide to Permen PANRB 8/2021 starts here: the main results of a JPT are the sasaran of the PK with their indicators and targets, so the SKP and the PK promise the same thing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BKN guide to Permen PANRB 8/2021 asks that your work supports the results of your atasan, your unit and your organisation; the reviu by the pengelola kinerja checks this alignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permen PANRB 6/2022 (Pasal 7(2)) has the leader and the employee agree on expectations in a dialog kinerja while the SKP is drafted. The BKN guide makes this matrix stage 2 for JA and JF, so that every result of the atasan has someone delivering it and no work is done twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permen PANRB 8/2021 asks that rencana kinerja are written as results, not as activities or categories of work. The SKP form of Permen PANRB 6/2022 keeps this and groups them as utama and tambahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permen PANRB 8/2021 asks that rencana kinerja are written as results, not as activities or categories of work. On the JA/JF form of Permen PANRB 6/2022 each RHK utama names the RHK pimpinan yang diintervensi: the atasan&apos;s result it supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 3 of the JPT model pengembangan in the BKN guide. The perspective is a column of the JPT form of Permen PANRB 6/2022 (kuantitatif approach).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKI and targets are part of stage 2 of the BKN guide, and the pejabat penilai rates hasil kerja against them (Permen PANRB 6/2022). An indicator should be SMART: specific, measurable, achievable, relevant and time-bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages 4 and 5 of the BKN guide. Permen PANRB 8/2021 asks that JA/JF targets are not absolute, except for work that touches lives, safety, national security or large financial loss. The aspect is a column of the JA/JF form of Permen PANRB 6/2022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last stage of the JPT paths in the BKN guide to Permen PANRB 8/2021: with the manual, the pejabat penilai and the pengelola kinerja measure each indicator the way you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 6 of the JA/JF model pengembangan (Permen PANRB 8/2021): levels written before the year starts tell you and your atasan what is above and what is below expectations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 7 of the JA/JF model pengembangan: Permen PANRB 8/2021 says a result whose target cannot be monitored (no data, too costly, too slow) does not belong in the SKP. After this stage the plan goes to reviu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BKN guide to Permen PANRB 8/2021 ends the JF paths with this annex; the tim penilai angka kredit checks that each RHK utama is linked to a butir kegiatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permen PANRB 6/2022 puts perilaku kerja into the SKP next to hasil kerja, and PP 30/2019 asks that planning takes work behaviour into account. The values come from UU 20/2023 on ASN and have no levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Permen PANRB 6/2022 the expectations agreed in the dialog kinerja include resource support, an accountability scheme and consequences; the SKP carries them as its annex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permen PANRB 6/2022 (Pasal 5) makes penyusunan, reviu and penetapan the steps of planning. Under Permen PANRB 8/2021 the SKP is set by the end of January at the latest; if it is not drafted by the second week of January, the pengelola kinerja drafts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since Permen PANRB 1/2023 angka kredit come from your predikat kinerja, so for plans from 2023 on this annex is optional: fill it in only if your instansi still asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Renstra of your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Perjanjian Kinerja (PK) of this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Rencana Kerja Tahunan (RKT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sasaran strategis and IKU in the Renstra and the PK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your atasan&apos;s SKP with their rencana hasil kerja (RHK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your atasan&apos;s RHK (stage 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members of the team and their jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cascading method agreed with the atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sasaran and IKU from stage 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direktif: assignments from your leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your strategic initiatives or action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your row of the Matriks Pembagian Peran dan Hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your atasan&apos;s RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your RHK utama (stage 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your RHK (previous step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicators and targets of the PK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A baseline: last year&apos;s realisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your RHK (stage 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atasan&apos;s RHK you support, with its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your IKI and targets (stage 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your IKI and targets (stages 4–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your IKI and rating categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports and applications your unit already keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your RHK utama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The butir kegiatan of your jabatan fungsional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The behaviour guides of the seven values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your atasan particularly expects of you this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget, tools and training available to your unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unit&apos;s reporting schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything written in the earlier steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes of an earlier reviu, if the plan was sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sasaran and IKU your unit owns, ready to become RHK utama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RHK of your atasan that your work will support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your row of the matrix: each filled cell becomes one of your RHK utama, linked to the atasan&apos;s RHK of its column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of RHK utama and tambahan, each written as a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of RHK utama, each linked to the atasan&apos;s RHK it supports, and RHK tambahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A perspective for every RHK utama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every RHK with its IKI, each with a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One manual per IKI: description, definition, formula and purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level descriptions for every IKI, the target level marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every IKI: the data, their source, when they are collected and by whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annex “keterkaitan SKP dengan angka kredit”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The perilaku kerja part of the SKP, with any ekspektasi khusus pimpinan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three numbered lists of the SKP annex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A submitted plan (diajukan), then reviewed (direviu) and set (ditetapkan), or sent back (dikembalikan) with notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: sasaran “{goal}”, IKU “{iku}”, target {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: your atasan&apos;s RHK “{rhk}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the atasan&apos;s RHK “{parent}” becomes, for the analis, “{cell}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write “{good}”, not “{bad}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: “{rhk}” belongs to penerima layanan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: for “{rhk}”, the IKI “{iki}”, target {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: “{iki}” = {formula}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example, for “{iki}”: {levels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: “{rhk}” ↔ butir kegiatan “{butir}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example, for Kolaboratif: “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the check marks “{bad}” as an activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BKN guide, stage {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by SKP Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BKN guide stage: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by SKP Desk, on every path</source>
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
    <name>Wizard</name>
    <message>
        <source>(not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perjanjian Kinerja (PK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directive / assignment of the leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matriks Pembagian Peran dan Hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-development commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals of the unit and the organisation (Renstra, Perjanjian Kinerja)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sasaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals recorded for this unit and year. Ask the pengelola kinerja to enter the PK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results (RHK) of the atasan, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atasan has no SKP for this year yet. Cascading goes top-down: ask the atasan to draft first. Meanwhile you may link your results to the unit&apos;s goals above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is one result of your atasan. Beside it: your results that contribute to it. A row with nothing beside it is a result of the atasan you do not contribute to (that may be right: another colleague may deliver it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atasan has no results yet for this year, so there is no matrix row to fill. Continue with the next stage and link your results later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my result for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ RHK utama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ RHK tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result yet. Add the first RHK utama with the button below the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana hasil kerja (write the result, not the activity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKI {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads as a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose what this result intervenes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atasan has no SKP yet: only the organisation&apos;s goals can be chosen for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHK pimpinan yang diintervensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspektif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukuran keberhasilan / IKI, dan target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis of the target (baseline, regulation, directive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indikator kinerja individu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target upper bound (range, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit (dokumen, laporan, %, hari …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better (e.g. days needed, complaints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This RHK has no IKI yet: add them in the IKI and target stage first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKI {n}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RHK utama yet: write them in the previous stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Permen PANRB 8/2021 a jabatan fungsional attached a table linking each RHK to the butir kegiatan of its angka kredit. Since Permen PANRB 1/2023 angka kredit come from the predikat kinerja (converted each year), so for plans from 2023 on this stage is optional: fill it only if your instansi still asks for the annex. Nothing here blocks submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your RHK utama, to compare with the butir kegiatan of your jenjang:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ekspektasi khusus pimpinan are written by your atasan (or a facilitator with them). Read them here; they may stay empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ekspektasi khusus pimpinan (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item per line; each becomes a numbered point on the lampiran page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula / how it is measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels, lowest first, one per line (the target level is &apos;baik&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who collects it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (e.g. monthly, quarterly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual indikator kinerja: what each IKI means and how it is measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori penilaian: describe each level of achievement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the IKI will be monitored: data, source, who and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of plans (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKP {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form: {kind}, {pendekatan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed after approval (diubah setelah ditetapkan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan differs from the version the pejabat penilai set. Submit it again to have the change set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned with {n} note(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are shown on the fields they concern; fix them and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is with the reviewer and cannot be edited now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(guide stage {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach: {errors} error(s), {warnings} warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({n} places; the first is shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the plan reads well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New RHK {jenis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the result this work delivers (e.g. “Tersusunnya laporan keuangan yang tepat waktu”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{text}” and its IKI? You can undo it with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will this result be measured? (e.g. “Jumlah laporan yang disampaikan tepat waktu”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete IKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the coach&apos;s suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{errors} error(s) and {warnings} warning(s). Errors must be fixed before submitting; warnings may stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviu and return notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for reviu (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return with notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve (penetapan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rencana SKP as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved version sha256: {digest}</source>
        <translation type="unfinished"></translation>
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
