<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <source>not installed</source>
        <translation>tidak terpasang</translation>
    </message>
    <message>
        <source>About SKP Desk</source>
        <translation>Tentang SKP Desk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versi {version}</translation>
    </message>
    <message>
        <source>An offline desktop companion for planning and rating the performance of civil servants (SKP, under PP 30/2019 and Permen PANRB 6/2022): drafting the plan stage by stage with a phrasing coach, cascading, monitoring with evidence, ratings and predikat, and the official documents — a BKPSDM coaching clinic in a desktop app.</source>
        <translation>Aplikasi desktop luring untuk merencanakan dan menilai kinerja ASN (SKP, berdasarkan PP 30/2019 dan Permen PANRB 6/2022): penyusunan rencana SKP tahap demi tahap dengan pemandu perumusan, cascading, pemantauan dengan bukti dukung, penilaian dan predikat, serta dokumen resmi — klinik pendampingan BKPSDM dalam satu aplikasi desktop.</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Berjalan pada</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation>Revisi skema</translation>
    </message>
    <message>
        <source>Node id</source>
        <translation>ID simpul</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Berkas log</translation>
    </message>
    <message>
        <source>none (stderr)</source>
        <translation>tidak ada (stderr)</translation>
    </message>
    <message>
        <source>This copy</source>
        <translation>Salinan ini</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy these details for support</source>
        <translation>Salin rincian ini untuk tim dukungan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Tersalin.</translation>
    </message>
</context>
<context>
    <name>ActingDialog</name>
    <message>
        <source>Plt/Plh assignment</source>
        <translation>Penugasan Plt/Plh</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tugaskan</translation>
    </message>
    <message>
        <source>A Plt (pelaksana tugas) fills a vacant position; a Plh (pelaksana harian) stands in while the holder is away. The person acts as atasan of that position&apos;s staff.</source>
        <translation>Plt (pelaksana tugas) mengisi jabatan yang lowong; Plh (pelaksana harian) menggantikan sementara saat pejabat definitif berhalangan. Pegawai yang ditugaskan bertindak sebagai atasan bagi bawahan jabatan tersebut.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Plt — pelaksana tugas (vacant position)</source>
        <translation>Plt — pelaksana tugas (jabatan lowong)</translation>
    </message>
    <message>
        <source>Plh — pelaksana harian (holder away)</source>
        <translation>Plh — pelaksana harian (pejabat berhalangan)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Berakhir pada</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>e.g. 800/123/BKPSDM/2026</source>
        <translation>mis. 800/123/BKPSDM/2026</translation>
    </message>
    <message>
        <source>Nomor SK</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>belum dipilih</translation>
    </message>
    <message>
        <source>Choose the employee who acts.</source>
        <translation>Pilih pegawai yang ditugaskan.</translation>
    </message>
    <message>
        <source>Choose the position they act in.</source>
        <translation>Pilih jabatan yang akan diisi.</translation>
    </message>
    <message>
        <source>The end date ({end}) is before the start date ({start}).</source>
        <translation>Tanggal berakhir ({end}) lebih awal dari tanggal mulai ({start}).</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>SKP Desk</source>
        <translation>SKP Desk</translation>
    </message>
    <message>
        <source>Restore the latest backup?
{path}
The damaged file is kept in the backups folder.</source>
        <translation>Pulihkan cadangan terakhir?
{path}
Berkas yang rusak disimpan di folder backups.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>What needs you now: plans to draft, review and approve, periods to rate.</source>
        <translation>Yang perlu Anda tangani sekarang: SKP untuk disusun, direviu, dan ditetapkan, serta periode untuk dinilai.</translation>
    </message>
    <message>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <source>Drafting the performance plan (SKP) stage by stage, with the phrasing coach.</source>
        <translation>Penyusunan rencana kinerja (SKP) tahap demi tahap, dengan pemandu perumusan.</translation>
    </message>
    <message>
        <source>Cascading</source>
        <translation>Cascading</translation>
    </message>
    <message>
        <source>How each result serves the one above it, from the unit&apos;s goals to every person.</source>
        <translation>Bagaimana setiap hasil kerja mendukung hasil kerja di atasnya, dari sasaran unit kerja hingga setiap pegawai.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Pemantauan</translation>
    </message>
    <message>
        <source>Progress per period, bukti dukung and continuous feedback.</source>
        <translation>Realisasi per periode, bukti dukung, dan umpan balik berkelanjutan.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Ratings and predikat kinerja, and how they fit the organisation&apos;s result.</source>
        <translation>Penilaian dan predikat kinerja, serta kesesuaiannya dengan kinerja organisasi.</translation>
    </message>
    <message>
        <source>Outstanding Employees</source>
        <translation>Pegawai Berprestasi</translation>
    </message>
    <message>
        <source>Choosing pegawai berprestasi from discipline, performance and innovation.</source>
        <translation>Pemilihan pegawai berprestasi berdasarkan disiplin, kinerja, dan inovasi.</translation>
    </message>
    <message>
        <source>Organisation &amp; People</source>
        <translation>Organisasi &amp; Pegawai</translation>
    </message>
    <message>
        <source>Units, positions and their atasan, employees, Plt/Plh assignments.</source>
        <translation>Unit kerja, jabatan beserta atasannya, pegawai, dan penugasan Plt/Plh.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Exchanging signed bundle files with the central office and sub-bureaus.</source>
        <translation>Pertukaran berkas bundel bertanda tangan dengan BKPSDM pusat dan subbagian.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Official PDF documents and Excel sheets.</source>
        <translation>Dokumen resmi PDF dan lembar kerja Excel.</translation>
    </message>
</context>
<context>
    <name>BerprestasiOverviewPage</name>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Diusulkan oleh</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disiplin</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Kinerja</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Candidates proposed for pegawai berprestasi with their three scores (0–100), highest sum first. The sum is unweighted: the instansi&apos;s weights come with the scoring.</source>
        <translation>Calon pegawai berprestasi yang diusulkan beserta ketiga nilainya (0–100), diurutkan dari jumlah tertinggi. Jumlah ini belum berbobot: bobot instansi diterapkan pada tahap penilaian.</translation>
    </message>
    <message>
        <source>Choosing pegawai berprestasi in the open:</source>
        <translation>Pemilihan pegawai berprestasi secara terbuka:</translation>
    </message>
    <message>
        <source>Scoring discipline, performance (from the predikat) and innovation with the instansi&apos;s weights (R-AWARD).</source>
        <translation>Penilaian disiplin, kinerja (dari predikat), dan inovasi dengan bobot instansi (R-AWARD).</translation>
    </message>
    <message>
        <source>Eligibility checks before scoring, such as no disciplinary sanction and predikat Baik.</source>
        <translation>Pemeriksaan persyaratan sebelum penilaian, seperti tidak sedang menjalani hukuman disiplin dan berpredikat Baik.</translation>
    </message>
    <message>
        <source>Ranking per OPD and for the whole instansi, and the decision with its reasons.</source>
        <translation>Pemeringkatan per OPD dan untuk seluruh instansi, serta keputusan beserta alasannya.</translation>
    </message>
    <message>
        <source>No plan year is set up yet, so there are no candidates.</source>
        <translation>Belum ada tahun rencana yang disiapkan, sehingga belum ada calon.</translation>
    </message>
    <message>
        <source>No candidates proposed for {year} in your scope yet. Choose another year.</source>
        <translation>Belum ada calon yang diusulkan untuk {year} dalam cakupan Anda. Pilih tahun lain.</translation>
    </message>
</context>
<context>
    <name>CascadingOverviewPage</name>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Linked to
atasan RHK</source>
        <translation>Terhubung ke
RHK atasan</translation>
    </message>
    <message>
        <source>Linked to
a goal</source>
        <translation>Terhubung ke
sasaran</translation>
    </message>
    <message>
        <source>Not
linked</source>
        <translation>Belum
terhubung</translation>
    </message>
    <message>
        <source>Additional
(tambahan)</source>
        <translation>RHK
tambahan</translation>
    </message>
    <message>
        <source>Total
RHK</source>
        <translation>Jumlah
RHK</translation>
    </message>
    <message>
        <source>Main results (RHK utama) that intervene nothing yet: the gaps to close</source>
        <translation>RHK utama yang belum mengintervensi apa pun: celah yang perlu ditutup</translation>
    </message>
    <message>
        <source>Main results (RHK utama) of the plans in each row: linked to a result of the atasan, to a sasaran or IKU of the organisation, or not linked yet. Additional results need no link.</source>
        <translation>RHK utama dari SKP pada setiap baris: terhubung ke RHK atasan, ke sasaran atau IKU organisasi, atau belum terhubung. RHK tambahan tidak perlu dihubungkan.</translation>
    </message>
    <message>
        <source>Show how my results are linked</source>
        <translation>Tampilkan keterhubungan hasil kerja saya</translation>
    </message>
    <message>
        <source>The cascade as one tree, from the organisation&apos;s goals to every staff member:</source>
        <translation>Cascading dalam satu pohon, dari sasaran organisasi hingga setiap pegawai:</translation>
    </message>
    <message>
        <source>Drag and drop a result onto the atasan&apos;s result it serves, from sasaran strategis and IKU down to every staff member (R-CASCADE), with undo.</source>
        <translation>Seret dan lepas hasil kerja ke RHK atasan yang didukungnya, dari sasaran strategis dan IKU hingga setiap pegawai (R-CASCADE), dan dapat diurungkan.</translation>
    </message>
    <message>
        <source>Direct and indirect cascading, with the approach named for each link.</source>
        <translation>Cascading langsung dan tidak langsung, dengan pendekatan yang disebutkan untuk setiap keterhubungan.</translation>
    </message>
    <message>
        <source>Gap checks: main results that intervene nothing, and atasan results nobody serves.</source>
        <translation>Pemeriksaan celah: RHK utama yang tidak mengintervensi apa pun, dan RHK atasan yang tidak didukung siapa pun.</translation>
    </message>
    <message>
        <source>The Matriks Pembagian Peran dan Hasil for each team, on screen and in Excel.</source>
        <translation>Matriks Pembagian Peran dan Hasil untuk setiap tim, di layar dan dalam Excel.</translation>
    </message>
    <message>
        <source>Without a unit</source>
        <translation>Tanpa unit kerja</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>No plan year is set up yet, so there is nothing to cascade.</source>
        <translation>Belum ada tahun rencana yang disiapkan, sehingga belum ada cascading.</translation>
    </message>
    <message>
        <source>No results (RHK) in {year}&apos;s plans in your scope yet. Choose another year.</source>
        <translation>Belum ada RHK pada SKP {year} dalam cakupan Anda. Pilih tahun lain.</translation>
    </message>
    <message>
        <source>{linked} of {utama} main results are linked ({share}).</source>
        <translation>{linked} dari {utama} RHK utama sudah terhubung ({share}).</translation>
    </message>
    <message>
        <source>Acting as the workspace itself there is no plan of your own to show. Switch person (Ctrl+Shift+U) to see how an employee&apos;s results are linked.</source>
        <translation>Saat bertindak sebagai ruang kerja itu sendiri, tidak ada SKP milik Anda yang dapat ditampilkan. Ganti pengguna (Ctrl+Shift+U) untuk melihat keterhubungan hasil kerja seorang pegawai.</translation>
    </message>
    <message>
        <source>You have no plan in this workspace yet.</source>
        <translation>Anda belum memiliki SKP di ruang kerja ini.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Workspace {path} already holds data; the demo was not built again.</source>
        <translation>Ruang kerja {path} sudah berisi data; demo tidak dibuat ulang.</translation>
    </message>
    <message>
        <source>Building the demo</source>
        <translation>Membuat demo</translation>
    </message>
    <message>
        <source>Demo {size} (seed {seed}) built in {path}: {employees} employees, {plans} SKP plans, {ops} recorded changes ({seconds} s).</source>
        <translation>Demo {size} (seed {seed}) dibuat di {path}: {employees} pegawai, {plans} SKP, {ops} perubahan tercatat ({seconds} dtk).</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Cadangan tersimpan: {path}</translation>
    </message>
    <message>
        <source>Restored from {file}. The previous database is kept in {safety}.</source>
        <translation>Dipulihkan dari {file}. Basis data sebelumnya disimpan di {safety}.</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>Edit employee</source>
        <translation>Ubah data pegawai</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>Pegawai baru</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>PNS (civil servant)</source>
        <translation>PNS (pegawai negeri sipil)</translation>
    </message>
    <message>
        <source>PPPK (contract civil servant)</source>
        <translation>PPPK (pegawai pemerintah dengan perjanjian kerja)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Dr.</source>
        <translation>Dr.</translation>
    </message>
    <message>
        <source>Name without titles</source>
        <translation>Nama tanpa gelar</translation>
    </message>
    <message>
        <source>S.E., M.M.</source>
        <translation>S.E., M.M.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>No position</source>
        <translation>Tanpa jabatan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— belum dicatat —</translation>
    </message>
    <message>
        <source>Choose a position</source>
        <translation>Pilih jabatan</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Nama masih kosong.</translation>
    </message>
    <message>
        <source>Golongan {golongan} is outside the range of {jenjang} ({low} to {high}).</source>
        <translation>Golongan {golongan} di luar rentang untuk {jenjang} ({low} sampai {high}).</translation>
    </message>
    <message>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>Born {born}, TMT CPNS {tmt}, {gender}</source>
        <translation>Lahir {born}, TMT CPNS {tmt}, {gender}</translation>
    </message>
    <message>
        <source>Born {born}, first PPPK appointment {year}, {gender}</source>
        <translation>Lahir {born}, pengangkatan PPPK pertama {year}, {gender}</translation>
    </message>
</context>
<context>
    <name>EmployeePicker</name>
    <message>
        <source>Search NIP, name, position, unit…</source>
        <translation>Cari NIP, nama, jabatan, unit kerja…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln employee(s)</source>
        <translation>
            <numerusform>%Ln pegawai</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployeeTableModel</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Gol.</source>
        <translation>Gol.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>PPPK golongan</source>
        <translation>Golongan PPPK</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Nothing needs you today</source>
        <translation>Tidak ada yang perlu Anda tangani hari ini</translation>
    </message>
    <message>
        <source>Open {area}</source>
        <translation>Buka {area}</translation>
    </message>
    <message>
        <source>Your SKP is in order and nobody is waiting for you. You may record progress and bukti dukung in Monitoring, or see how your results serve your unit&apos;s goals.</source>
        <translation>SKP Anda sudah lengkap dan tidak ada yang menunggu tindakan Anda. Anda dapat mencatat realisasi dan bukti dukung di Pemantauan, atau melihat bagaimana hasil kerja Anda mendukung sasaran unit kerja.</translation>
    </message>
    <message>
        <source>No plan waits for review and no deadline has passed. You may keep the organisation and its people up to date, or look at the cascading of results.</source>
        <translation>Tidak ada SKP yang menunggu reviu dan tidak ada tenggat yang terlewat. Anda dapat memperbarui data organisasi dan pegawainya, atau melihat cascading hasil kerja.</translation>
    </message>
</context>
<context>
    <name>EndActingDialog</name>
    <message>
        <source>End acting assignment</source>
        <translation>Akhiri penugasan Plt/Plh</translation>
    </message>
    <message>
        <source>End assignment</source>
        <translation>Akhiri penugasan</translation>
    </message>
    <message>
        <source>{kind} {title} ({unit}) since {start}</source>
        <translation>{kind} {title} ({unit}) sejak {start}</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Penugasan</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Hari terakhir</translation>
    </message>
    <message>
        <source>This person has no acting assignment to end.</source>
        <translation>Pegawai ini tidak memiliki penugasan Plt/Plh yang dapat diakhiri.</translation>
    </message>
    <message>
        <source>The last day ({end}) is before the assignment started ({start}).</source>
        <translation>Hari terakhir ({end}) lebih awal dari mulainya penugasan ({start}).</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>SKP Desk — something needs your attention</source>
        <translation>SKP Desk — ada yang perlu Anda perhatikan</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Kode: {code}</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Tampilkan rincian</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Sembunyikan rincian</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The NIP is empty.</source>
        <translation>NIP kosong.</translation>
    </message>
    <message>
        <source>Type the 18-digit NIP, e.g. 19680411 199303 1 009.</source>
        <translation>Ketik NIP 18 digit, misalnya 19680411 199303 1 009.</translation>
    </message>
    <message>
        <source>The NIP contains characters that are not digits: {characters}.</source>
        <translation>NIP memuat karakter yang bukan angka: {characters}.</translation>
    </message>
    <message>
        <source>A NIP has digits only; spaces are allowed between the groups.</source>
        <translation>NIP hanya berisi angka; spasi boleh di antara kelompok digit.</translation>
    </message>
    <message>
        <source>The NIP has {length} digits instead of {expected}.</source>
        <translation>NIP berisi {length} digit, seharusnya {expected}.</translation>
    </message>
    <message>
        <source>Check the NIP against the employee&apos;s SK; a digit may be missing or extra.</source>
        <translation>Cocokkan NIP dengan SK pegawai; mungkin ada digit yang kurang atau lebih.</translation>
    </message>
    <message>
        <source>Digits 1–8 of the NIP ({value}) are not a valid date of birth.</source>
        <translation>Digit 1–8 NIP ({value}) bukan tanggal lahir yang sah.</translation>
    </message>
    <message>
        <source>The NIP starts with the birth date as YYYYMMDD; check those digits.</source>
        <translation>NIP diawali tanggal lahir dalam format TTTTBBHH; periksa digit tersebut.</translation>
    </message>
    <message>
        <source>Digits 13–14 of the NIP ({value}) are not a month.</source>
        <translation>Digit 13–14 NIP ({value}) bukan bulan.</translation>
    </message>
    <message>
        <source>Digits 9–14 are the TMT CPNS as YYYYMM. For a PPPK employee, set the status to PPPK.</source>
        <translation>Digit 9–14 adalah TMT CPNS (TTTTBB). Untuk pegawai PPPK, ubah statusnya menjadi PPPK.</translation>
    </message>
    <message>
        <source>The TMT CPNS year in the NIP ({value}) is implausible for this birth date.</source>
        <translation>Tahun TMT CPNS pada NIP ({value}) tidak wajar untuk tanggal lahir ini.</translation>
    </message>
    <message>
        <source>Check digits 9–12 of the NIP.</source>
        <translation>Periksa digit 9–12 NIP.</translation>
    </message>
    <message>
        <source>Digit 15 of the NIP ({value}) must be 1 (male) or 2 (female).</source>
        <translation>Digit ke-15 NIP ({value}) harus 1 (laki-laki) atau 2 (perempuan).</translation>
    </message>
    <message>
        <source>Check digit 15 of the NIP.</source>
        <translation>Periksa digit ke-15 NIP.</translation>
    </message>
    <message>
        <source>The last three digits of the NIP cannot be 000.</source>
        <translation>Tiga digit terakhir NIP tidak boleh 000.</translation>
    </message>
    <message>
        <source>Check the sequence number at the end of the NIP.</source>
        <translation>Periksa nomor urut di akhir NIP.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a known golongan ruang or pangkat.</source>
        <translation>&quot;{value}&quot; bukan golongan ruang atau pangkat yang dikenal.</translation>
    </message>
    <message>
        <source>Write it as III/a, or as the pangkat name (Penata Muda).</source>
        <translation>Tulis seperti III/a, atau nama pangkatnya (Penata Muda).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a known jenjang jabatan.</source>
        <translation>&quot;{value}&quot; bukan jenjang jabatan yang dikenal.</translation>
    </message>
    <message>
        <source>Use a jenjang such as Ahli Pertama, Terampil, Pengawas or JPT Pratama.</source>
        <translation>Gunakan jenjang seperti Ahli Pertama, Terampil, Pengawas, atau JPT Pratama.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an allowed value for {kind}.</source>
        <translation>&quot;{value}&quot; bukan nilai yang diizinkan untuk {kind}.</translation>
    </message>
    <message>
        <source>Choose one of the values the form offers.</source>
        <translation>Pilih salah satu nilai yang tersedia di formulir.</translation>
    </message>
    <message>
        <source>The period from {start} to {end} is not valid.</source>
        <translation>Periode {start} sampai {end} tidak sah.</translation>
    </message>
    <message>
        <source>A plan period starts before it ends and lies within one calendar year.</source>
        <translation>Periode rencana harus dimulai sebelum berakhir dan berada dalam satu tahun kalender.</translation>
    </message>
    <message>
        <source>This workspace was made by a newer version of SKP Desk (schema {revision}).</source>
        <translation>Ruang kerja ini dibuat oleh SKP Desk versi yang lebih baru (skema {revision}).</translation>
    </message>
    <message>
        <source>Install the latest SKP Desk to open it. Nothing was changed.</source>
        <translation>Pasang SKP Desk terbaru untuk membukanya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The workspace {path} is already open in another SKP Desk window.</source>
        <translation>Ruang kerja {path} sedang dibuka di jendela SKP Desk lain.</translation>
    </message>
    <message>
        <source>Close the other window first, or open another workspace.</source>
        <translation>Tutup jendela lain itu dahulu, atau buka ruang kerja lain.</translation>
    </message>
    <message>
        <source>The database {path} is damaged or is not an SKP Desk workspace.</source>
        <translation>Basis data {path} rusak atau bukan ruang kerja SKP Desk.</translation>
    </message>
    <message>
        <source>Nothing was overwritten. Restore the latest backup: skpdesk restore &quot;{latest_backup}&quot;.</source>
        <translation>Tidak ada yang ditimpa. Pulihkan cadangan terakhir: skpdesk restore &quot;{latest_backup}&quot;.</translation>
    </message>
    <message>
        <source>SKP Desk cannot write to {path}.</source>
        <translation>SKP Desk tidak dapat menulis ke {path}.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, or ask your administrator for write access.</source>
        <translation>Pilih folder yang boleh Anda tulisi, atau minta hak tulis kepada administrator.</translation>
    </message>
    <message>
        <source>There is not enough disk space for {path}; nothing was changed.</source>
        <translation>Ruang disk untuk {path} tidak cukup; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>Kosongkan sebagian ruang disk lalu coba lagi.</translation>
    </message>
    <message>
        <source>There is no workspace folder at {path}.</source>
        <translation>Tidak ada folder ruang kerja di {path}.</translation>
    </message>
    <message>
        <source>Check the path, or create the workspace first (skpdesk demo or the app).</source>
        <translation>Periksa lokasinya, atau buat ruang kerja dahulu (skpdesk demo atau aplikasinya).</translation>
    </message>
    <message>
        <source>The workspace {path} already holds data.</source>
        <translation>Ruang kerja {path} sudah berisi data.</translation>
    </message>
    <message>
        <source>Choose an empty folder for the demo with --workspace.</source>
        <translation>Pilih folder kosong untuk demo dengan --workspace.</translation>
    </message>
    <message>
        <source>{path} is not an SKP Desk backup that can be restored.</source>
        <translation>{path} bukan cadangan SKP Desk yang dapat dipulihkan.</translation>
    </message>
    <message>
        <source>Choose a file from the workspace&apos;s backups folder. Nothing was changed.</source>
        <translation>Pilih berkas dari folder backups ruang kerja. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The {kind} record {id} does not exist (or was deleted).</source>
        <translation>Data {kind} {id} tidak ada (atau sudah dihapus).</translation>
    </message>
    <message>
        <source>Refresh the list and choose again.</source>
        <translation>Muat ulang daftar lalu pilih lagi.</translation>
    </message>
    <message>
        <source>The value of {field} is not valid ({reason}).</source>
        <translation>Isian {field} tidak sah ({reason}).</translation>
    </message>
    <message>
        <source>Correct the field and save again. Nothing was changed.</source>
        <translation>Perbaiki isian itu lalu simpan lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>An employee with NIP {nip} already exists.</source>
        <translation>Pegawai dengan NIP {nip} sudah ada.</translation>
    </message>
    <message>
        <source>Open that employee instead, or check the NIP.</source>
        <translation>Buka data pegawai tersebut, atau periksa NIP-nya.</translation>
    </message>
    <message>
        <source>No person is chosen for this workspace.</source>
        <translation>Belum ada pengguna yang dipilih untuk ruang kerja ini.</translation>
    </message>
    <message>
        <source>Choose who you are (File → Switch person) and try again.</source>
        <translation>Pilih siapa Anda (Berkas → Ganti pengguna) lalu coba lagi.</translation>
    </message>
    <message>
        <source>{name} does not hold the role {role} in this workspace.</source>
        <translation>{name} tidak memiliki peran {role} di ruang kerja ini.</translation>
    </message>
    <message>
        <source>Choose one of the person&apos;s roles, or ask the BKPSDM to grant this role.</source>
        <translation>Pilih salah satu peran yang dimiliki pengguna tersebut, atau minta BKPSDM memberikan peran ini.</translation>
    </message>
    <message>
        <source>The role {role} may not do this ({action}).</source>
        <translation>Peran {role} tidak berwenang melakukan ini ({action}).</translation>
    </message>
    <message>
        <source>Switch to a role that may (File → Switch person), or ask the person who may. Nothing was changed.</source>
        <translation>Beralih ke peran yang berwenang (Berkas → Ganti pengguna), atau minta bantuan pihak yang berwenang. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>This belongs to a unit outside your scope ({scope}).</source>
        <translation>Data ini milik unit kerja di luar cakupan Anda ({scope}).</translation>
    </message>
    <message>
        <source>Ask the pengelola kinerja of that unit. Nothing was changed.</source>
        <translation>Hubungi pengelola kinerja unit kerja tersebut. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>This is another employee&apos;s {kind}; only its owner may change it.</source>
        <translation>Ini {kind} milik pegawai lain; hanya pemiliknya yang boleh mengubahnya.</translation>
    </message>
    <message>
        <source>Open your own, or switch to the person it belongs to. Nothing was changed.</source>
        <translation>Buka milik Anda sendiri, atau beralih ke pengguna pemiliknya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Only the plan&apos;s pejabat penilai kinerja may do this.</source>
        <translation>Hanya pejabat penilai kinerja atas SKP ini yang dapat melakukannya.</translation>
    </message>
    <message>
        <source>Ask the employee&apos;s atasan langsung (or the Plt/Plh acting for them). Nothing was changed.</source>
        <translation>Hubungi atasan langsung pegawai tersebut (atau Plt/Plh yang menggantikannya). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}).</source>
        <translation>Terjadi kesalahan yang tidak terduga ({kind}).</translation>
    </message>
    <message>
        <source>Your data is safe: the change was not saved. Try again; if it happens again, copy the details for support.</source>
        <translation>Data Anda aman: perubahan tidak disimpan. Coba lagi; jika terulang, salin rinciannya untuk tim dukungan.</translation>
    </message>
    <message>
        <source>The action could not be completed ({code}).</source>
        <translation>Tindakan tidak dapat diselesaikan ({code}).</translation>
    </message>
    <message>
        <source>Try again; if it happens again, copy the details for support.</source>
        <translation>Coba lagi; jika terulang, salin rinciannya untuk tim dukungan.</translation>
    </message>
</context>
<context>
    <name>GrantRoleDialog</name>
    <message>
        <source>Grant a role</source>
        <translation>Berikan peran</translation>
    </message>
    <message>
        <source>Choose the person, the role and where it applies. The role is offered to them the next time they sign in.</source>
        <translation>Pilih pegawai, peran, dan cakupannya. Peran ini tersedia baginya saat ia masuk berikutnya.</translation>
    </message>
    <message>
        <source>The whole instansi</source>
        <translation>Seluruh instansi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Berikan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>SKP Desk — Help</source>
        <translation>SKP Desk — Bantuan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>There is no help page for this screen yet.</source>
        <translation>Belum ada halaman bantuan untuk layar ini.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>What needs you</source>
        <translation>Yang perlu Anda tangani</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tugas</numerusform>
        </translation>
    </message>
    <message>
        <source>{tasks}, {overdue} overdue</source>
        <translation>{tasks}, {overdue} terlambat</translation>
    </message>
    <message>
        <source>Good morning</source>
        <comment>greeting 04:00-10:59 (Indonesian: selamat pagi)</comment>
        <translation>Selamat pagi</translation>
    </message>
    <message>
        <source>Good day</source>
        <comment>greeting 11:00-14:59 (Indonesian: selamat siang)</comment>
        <translation>Selamat siang</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <comment>greeting 15:00-17:59 (Indonesian: selamat sore)</comment>
        <translation>Selamat sore</translation>
    </message>
    <message>
        <source>Good evening</source>
        <comment>greeting 18:00-03:59 (Indonesian: selamat malam)</comment>
        <translation>Selamat malam</translation>
    </message>
    <message>
        <source>{greeting}, {name}</source>
        <translation>{greeting}, {name}</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Belum ada pengguna yang masuk</translation>
    </message>
    <message>
        <source>Workspace administrator</source>
        <translation>Administrator ruang kerja</translation>
    </message>
</context>
<context>
    <name>KopPreview</name>
    <message>
        <source>GOVERNMENT LINE</source>
        <translation>NAMA PEMERINTAH</translation>
    </message>
    <message>
        <source>NAME OF THE INSTANSI</source>
        <translation>NAMA INSTANSI</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Telephone, website, e-mail</source>
        <translation>Telepon, situs web, e-mail</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
</context>
<context>
    <name>LaporanOverviewPage</name>
    <message>
        <source>Employee list (Excel)</source>
        <translation>Daftar pegawai (Excel)</translation>
    </message>
    <message>
        <source>Every active employee in your scope: NIP (kept as text), name with titles, golongan, status, jabatan, unit and OPD, on one sheet ready to filter.</source>
        <translation>Seluruh pegawai aktif dalam cakupan Anda: NIP (disimpan sebagai teks), nama beserta gelar, golongan, status, jabatan, unit kerja, dan OPD, dalam satu lembar kerja yang siap difilter.</translation>
    </message>
    <message>
        <source>Export employee list to Excel (.xlsx)…</source>
        <translation>Ekspor daftar pegawai ke Excel (.xlsx)…</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Buka berkasnya</translation>
    </message>
    <message>
        <source>Employees in your scope</source>
        <translation>Pegawai dalam cakupan Anda</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>PNS</source>
        <translation>PNS</translation>
    </message>
    <message>
        <source>PPPK</source>
        <translation>PPPK</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>The official documents and sheets, made from the workspace:</source>
        <translation>Dokumen resmi dan lembar kerja, dibuat dari ruang kerja:</translation>
    </message>
    <message>
        <source>Rencana SKP and Evaluasi Kinerja as PDF in the official layout, each with a code to verify it.</source>
        <translation>Rencana SKP dan Evaluasi Kinerja dalam PDF sesuai format resmi, masing-masing dengan kode verifikasi.</translation>
    </message>
    <message>
        <source>Excel sheets of plans, the cascade (Matriks Pembagian Peran dan Hasil) and the predikat recap.</source>
        <translation>Lembar kerja Excel berisi SKP, cascading (Matriks Pembagian Peran dan Hasil), dan rekap predikat.</translation>
    </message>
    <message>
        <source>Importing employees, goals and plans from Excel, with a report of every row.</source>
        <translation>Impor pegawai, sasaran, dan SKP dari Excel, dengan laporan untuk setiap baris.</translation>
    </message>
    <message>
        <source>Printing a whole OPD&apos;s documents at once.</source>
        <translation>Pencetakan seluruh dokumen satu OPD sekaligus.</translation>
    </message>
    <message>
        <source>Without a unit</source>
        <translation>Tanpa unit kerja</translation>
    </message>
    <message>
        <source>No employees in your scope yet. Add or import them in Organisation &amp; People.</source>
        <translation>Belum ada pegawai dalam cakupan Anda. Tambahkan atau impor di Organisasi &amp; Pegawai.</translation>
    </message>
    <message>
        <source>Save the employee list</source>
        <translation>Simpan daftar pegawai</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nama berkas:</translation>
    </message>
    <message>
        <source>File type:</source>
        <translation>Jenis berkas:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Cari di:</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Timpa berkas?</translation>
    </message>
    <message>
        <source>{path} exists already. Replace it?</source>
        <translation>{path} sudah ada. Timpa berkas tersebut?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Timpa</translation>
    </message>
    <message>
        <source>employees-{date}.xlsx</source>
        <translation>pegawai-{date}.xlsx</translation>
    </message>
    <message>
        <source>Employee list · {scope} · {date}</source>
        <translation>Daftar pegawai · {scope} · {date}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Writing {n} employees…</source>
        <translation>Menyimpan data {n} pegawai…</translation>
    </message>
    <message>
        <source>whole instansi</source>
        <translation>seluruh instansi</translation>
    </message>
    <message>
        <source>Saved {n} employees to {path}</source>
        <translation>Data {n} pegawai tersimpan di {path}</translation>
    </message>
    <message>
        <source>{path} could not be written: the file may be open in Excel, or the folder is read-only. Close the file or choose another folder, then export again.</source>
        <translation>{path} tidak dapat ditulis: berkas mungkin sedang dibuka di Excel, atau mapnya hanya dapat dibaca. Tutup berkas tersebut atau pilih map lain, lalu ekspor lagi.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Help for this screen</source>
        <translation>Bantuan untuk layar ini</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Switch person…</source>
        <translation>Ganti pengguna…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <source>Open another workspace…</source>
        <translation>Buka ruang kerja lain…</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>Cadangkan ruang kerja</translation>
    </message>
    <message>
        <source>About SKP Desk</source>
        <translation>Tentang SKP Desk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>SKP Desk — {name}</source>
        <translation>SKP Desk — {name}</translation>
    </message>
    <message>
        <source>Workspace: {name}</source>
        <translation>Ruang kerja: {name}</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Belum ada pengguna yang masuk</translation>
    </message>
    <message>
        <source>Workspace administrator</source>
        <translation>Administrator ruang kerja</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Penyiapan</translation>
    </message>
    <message>
        <source>Period {year}</source>
        <translation>Periode {year}</translation>
    </message>
    <message>
        <source>No period yet</source>
        <translation>Belum ada periode</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>%n perubahan belum dikirim</numerusform>
        </translation>
    </message>
    <message>
        <source>Send them with a bundle in Synchronisation.</source>
        <translation>Kirim melalui bundel di Sinkronisasi.</translation>
    </message>
    <message>
        <source>Everything sent</source>
        <translation>Semua sudah terkirim</translation>
    </message>
    <message>
        <source>This screen has nothing to search.</source>
        <translation>Tidak ada yang dapat dicari di layar ini.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Membuat cadangan…</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Cadangan tersimpan: {path}</translation>
    </message>
</context>
<context>
    <name>OrgCommands</name>
    <message>
        <source>Add employee {name}</source>
        <translation>Tambah pegawai {name}</translation>
    </message>
    <message>
        <source>Edit employee {name}</source>
        <translation>Ubah data pegawai {name}</translation>
    </message>
    <message>
        <source>Delete employee {name}</source>
        <translation>Hapus pegawai {name}</translation>
    </message>
    <message>
        <source>Move {name} to another position</source>
        <translation>Pindahkan {name} ke jabatan lain</translation>
    </message>
    <message>
        <source>Move unit {name}</source>
        <translation>Pindahkan unit kerja {name}</translation>
    </message>
    <message>
        <source>Rename unit {name}</source>
        <translation>Ganti nama unit kerja {name}</translation>
    </message>
    <message>
        <source>{kind} assignment of {name}</source>
        <translation>Penugasan {kind} {name}</translation>
    </message>
    <message>
        <source>End the acting assignment of {name}</source>
        <translation>Akhiri penugasan Plt/Plh {name}</translation>
    </message>
    <message>
        <source>Grant the role {role} to {name}</source>
        <translation>Berikan peran {role} kepada {name}</translation>
    </message>
    <message>
        <source>Revoke the role {role} of {name}</source>
        <translation>Cabut peran {role} dari {name}</translation>
    </message>
    <message>
        <source>Add unit {name}</source>
        <translation>Tambah unit kerja {name}</translation>
    </message>
    <message>
        <source>Delete unit {name}</source>
        <translation>Hapus unit kerja {name}</translation>
    </message>
    <message>
        <source>Add position {title}</source>
        <translation>Tambah jabatan {title}</translation>
    </message>
    <message>
        <source>Delete position {title}</source>
        <translation>Hapus jabatan {title}</translation>
    </message>
    <message>
        <source>Edit position {title}</source>
        <translation>Ubah jabatan {title}</translation>
    </message>
    <message>
        <source>Change the atasan of {title}</source>
        <translation>Ganti atasan jabatan {title}</translation>
    </message>
</context>
<context>
    <name>OrgForm</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <source>New employee</source>
        <translation>Pegawai baru</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Move to position…</source>
        <translation>Pindahkan ke jabatan…</translation>
    </message>
    <message>
        <source>Plt/Plh…</source>
        <translation>Plt/Plh…</translation>
    </message>
    <message>
        <source>End Plt/Plh…</source>
        <translation>Akhiri Plt/Plh…</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>Peran…</translation>
    </message>
    <message>
        <source>Rename unit…</source>
        <translation>Ganti nama unit…</translation>
    </message>
    <message>
        <source>Move unit…</source>
        <translation>Pindahkan unit…</translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation>Unit baru…</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Hapus unit</translation>
    </message>
    <message>
        <source>New position…</source>
        <translation>Jabatan baru…</translation>
    </message>
    <message>
        <source>Edit position…</source>
        <translation>Ubah jabatan…</translation>
    </message>
    <message>
        <source>Delete position</source>
        <translation>Hapus jabatan</translation>
    </message>
    <message>
        <source>Change atasan…</source>
        <translation>Ganti atasan…</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Loading the organisation…</source>
        <translation>Memuat organisasi…</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Search NIP, name, position, unit…</source>
        <translation>Cari NIP, nama, jabatan, unit kerja…</translation>
    </message>
    <message>
        <source>Show the employees of every unit</source>
        <translation>Tampilkan pegawai semua unit kerja</translation>
    </message>
    <message>
        <source>Details of the chosen employee</source>
        <translation>Rincian pegawai yang dipilih</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Position and atasan</source>
        <translation>Jabatan dan atasan</translation>
    </message>
    <message>
        <source>Plt/Plh and roles</source>
        <translation>Plt/Plh dan peran</translation>
    </message>
    <message>
        <source>Each position reports to its atasan position; whoever holds that position (or acts in it as Plt/Plh) is the pejabat penilai. Double-click a position to open its holder.</source>
        <translation>Setiap jabatan bertanggung jawab kepada jabatan atasannya; pemangku jabatan atasan tersebut (atau Plt/Plh-nya) adalah pejabat penilai. Klik dua kali sebuah jabatan untuk membuka pemangkunya.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln employee(s)</source>
        <translation>
            <numerusform>%Ln pegawai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {total} employees</source>
        <translation>
            <numerusform>%Ln dari {total} pegawai</numerusform>
        </translation>
    </message>
    <message>
        <source>In: {unit}  ✕</source>
        <translation>Unit: {unit}  ✕</translation>
    </message>
    <message>
        <source>Choose an employee to see their details.</source>
        <translation>Pilih pegawai untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>No employee matches. Check the spelling, or show every unit.</source>
        <translation>Tidak ada pegawai yang cocok. Periksa ejaannya, atau tampilkan semua unit kerja.</translation>
    </message>
    <message>
        <source>No employee in this unit.</source>
        <translation>Tidak ada pegawai di unit kerja ini.</translation>
    </message>
    <message>
        <source>golongan not recorded</source>
        <translation>golongan belum dicatat</translation>
    </message>
    <message>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>No position recorded.</source>
        <translation>Belum ada jabatan yang tercatat.</translation>
    </message>
    <message>
        <source>Atasan: {title} — {holder}</source>
        <translation>Atasan: {title} — {holder}</translation>
    </message>
    <message>
        <source>No atasan position.</source>
        <translation>Tidak ada jabatan atasan.</translation>
    </message>
    <message>
        <source>since {start}</source>
        <translation>sejak {start}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} s.d. {end}</translation>
    </message>
    <message>
        <source>No Plt/Plh assignment.</source>
        <translation>Tidak ada penugasan Plt/Plh.</translation>
    </message>
    <message>
        <source>Roles: {roles}</source>
        <translation>Peran: {roles}</translation>
    </message>
    <message>
        <source>Choose a unit to see its positions.</source>
        <translation>Pilih unit kerja untuk melihat jabatannya.</translation>
    </message>
    <message>
        <source>Positions in {unit}: the first {shown} of {total}; choose a smaller unit</source>
        <translation>Jabatan di {unit}: {shown} pertama dari {total}; pilih unit kerja yang lebih kecil</translation>
    </message>
    <message numerus="yes">
        <source>Positions in {unit} and below (%Ln)</source>
        <translation>
            <numerusform>Jabatan di {unit} dan di bawahnya (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose who you are first.</source>
        <translation>Pilih siapa Anda terlebih dahulu.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not change the organisation; the OPD&apos;s pengelola kinerja or the BKPSDM may.</source>
        <translation>Peran Anda ({role}) tidak berwenang mengubah organisasi; yang berwenang adalah pengelola kinerja OPD atau BKPSDM.</translation>
    </message>
    <message>
        <source>This is outside your scope ({scope}).</source>
        <translation>Ini di luar cakupan Anda ({scope}).</translation>
    </message>
    <message>
        <source>Choose an employee first.</source>
        <translation>Pilih pegawai terlebih dahulu.</translation>
    </message>
    <message>
        <source>Choose a unit first.</source>
        <translation>Pilih unit kerja terlebih dahulu.</translation>
    </message>
    <message>
        <source>The chosen employee has no open Plt/Plh assignment.</source>
        <translation>Pegawai yang dipilih tidak memiliki penugasan Plt/Plh yang masih berjalan.</translation>
    </message>
    <message>
        <source>Only the BKPSDM grants roles.</source>
        <translation>Hanya BKPSDM yang dapat memberikan peran.</translation>
    </message>
    <message>
        <source>The instansi itself cannot be moved.</source>
        <translation>Instansi itu sendiri tidak dapat dipindahkan.</translation>
    </message>
    <message>
        <source>Choose a position in the Positions tab first.</source>
        <translation>Pilih jabatan di tab Jabatan terlebih dahulu.</translation>
    </message>
    <message>
        <source>You are viewing the organisation as {role}. Changes to units, positions and employees are made by the OPD&apos;s pengelola kinerja or the BKPSDM.</source>
        <translation>Anda melihat organisasi sebagai {role}. Perubahan unit kerja, jabatan, dan pegawai dilakukan oleh pengelola kinerja OPD atau BKPSDM.</translation>
    </message>
    <message>
        <source>Plt/Plh in this position…</source>
        <translation>Plt/Plh pada jabatan ini…</translation>
    </message>
    <message>
        <source>Open the holder</source>
        <translation>Buka pemangku jabatan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>lowong</translation>
    </message>
    <message>
        <source>Delete employee</source>
        <translation>Hapus pegawai</translation>
    </message>
    <message>
        <source>Delete {name} from the workspace? Their plans and ratings are kept. You can undo this with Ctrl+Z.</source>
        <translation>Hapus {name} dari ruang kerja? SKP dan penilaiannya tetap disimpan. Anda dapat mengurungkannya dengan Ctrl+Z.</translation>
    </message>
    <message>
        <source>Move {name} to another position</source>
        <translation>Pindahkan {name} ke jabatan lain</translation>
    </message>
    <message>
        <source>Choose the position {name} now holds. The move can be undone with Ctrl+Z.</source>
        <translation>Pilih jabatan yang kini dipangku {name}. Pemindahan ini dapat diurungkan dengan Ctrl+Z.</translation>
    </message>
    <message>
        <source>Move unit {name}</source>
        <translation>Pindahkan unit kerja {name}</translation>
    </message>
    <message>
        <source>Choose the unit {name} will belong to. It moves with everything below it; a unit cannot move into itself or below itself.</source>
        <translation>Pilih unit kerja induk baru untuk {name}. Unit ini berpindah beserta seluruh unit di bawahnya; unit tidak dapat dipindahkan ke dirinya sendiri atau ke unit di bawahnya.</translation>
    </message>
    <message>
        <source>Delete the unit {name}? You can undo this with Ctrl+Z.</source>
        <translation>Hapus unit kerja {name}? Anda dapat membatalkannya dengan Ctrl+Z.</translation>
    </message>
    <message>
        <source>Choose the atasan position</source>
        <translation>Pilih jabatan atasan</translation>
    </message>
    <message>
        <source>Whoever holds the chosen position will be the pejabat penilai of this position.</source>
        <translation>Pemegang jabatan yang dipilih akan menjadi pejabat penilai kinerja jabatan ini.</translation>
    </message>
    <message>
        <source>Edit position {title}</source>
        <translation>Ubah jabatan {title}</translation>
    </message>
    <message>
        <source>Delete the position {title}? You can undo this with Ctrl+Z.</source>
        <translation>Hapus jabatan {title}? Anda dapat membatalkannya dengan Ctrl+Z.</translation>
    </message>
    <message>
        <source>Choose the employee who acts</source>
        <translation>Pilih pegawai yang ditugaskan</translation>
    </message>
    <message>
        <source>Choose the position</source>
        <translation>Pilih jabatan</translation>
    </message>
    <message>
        <source>Where the role applies</source>
        <translation>Cakupan peran</translation>
    </message>
</context>
<context>
    <name>OrgRefusal</name>
    <message>
        <source>This unit still has {positions} position(s) and {units} sub-unit(s).</source>
        <translation>Unit kerja ini masih memiliki {positions} jabatan dan {units} sub-unit.</translation>
    </message>
    <message>
        <source>Delete or move its positions and sub-units first, then delete the unit. Nothing was changed.</source>
        <translation>Hapus atau pindahkan dahulu jabatan dan sub-unitnya, lalu hapus unit kerja ini. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Someone holds this position ({holders} holder(s), {acting} Plt/Plh).</source>
        <translation>Jabatan ini masih diduduki ({holders} pemegang, {acting} Plt/Plh).</translation>
    </message>
    <message>
        <source>Move its holders to another position and end the Plt/Plh assignments first. Nothing was changed.</source>
        <translation>Pindahkan dahulu pemegangnya ke jabatan lain dan akhiri penugasan Plt/Plh-nya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{positions} other position(s) have this position as their atasan.</source>
        <translation>{positions} jabatan lain memiliki jabatan ini sebagai atasan.</translation>
    </message>
    <message>
        <source>Give them another atasan position first. Nothing was changed.</source>
        <translation>Tetapkan dahulu jabatan atasan lain untuk jabatan-jabatan tersebut. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>That atasan position reports, directly or further up, to this position itself.</source>
        <translation>Jabatan atasan itu berada di bawah jabatan ini sendiri, langsung atau melalui jabatan lain.</translation>
    </message>
    <message>
        <source>Choose a position higher up, or no atasan. Nothing was changed.</source>
        <translation>Pilih jabatan yang lebih tinggi, atau tanpa atasan. Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>OrgTreeModel</name>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>{total} employees in this unit and below ({own} in the unit itself)</source>
        <translation>{total} pegawai di unit kerja ini dan di bawahnya ({own} di unit ini sendiri)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>{n} B</source>
        <translation>{n} B</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>Showing the whole instansi.</source>
        <translation>Menampilkan seluruh instansi.</translation>
    </message>
    <message>
        <source>Showing {unit} and the units under it.</source>
        <translation>Menampilkan {unit} beserta unit di bawahnya.</translation>
    </message>
    <message>
        <source>Showing your own records and those of the staff you rate as atasan.</source>
        <translation>Menampilkan data Anda sendiri dan data bawahan yang Anda nilai sebagai atasan.</translation>
    </message>
    <message>
        <source>Showing only your own records.</source>
        <translation>Hanya menampilkan data Anda sendiri.</translation>
    </message>
    <message>
        <source>Nobody is signed in, so there is nothing to show.</source>
        <translation>Belum ada pengguna yang masuk, sehingga tidak ada yang ditampilkan.</translation>
    </message>
    <message>
        <source>What you can do today</source>
        <translation>Yang dapat Anda lakukan saat ini</translation>
    </message>
    <message>
        <source>Coming in a later release</source>
        <translation>Hadir pada rilis mendatang</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>Go to {area}</source>
        <translation>Buka {area}</translation>
    </message>
</context>
<context>
    <name>PemantauanOverviewPage</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Realisasi
entries</source>
        <translation>Catatan
realisasi</translation>
    </message>
    <message>
        <source>IKI
reported</source>
        <translation>IKI
dilaporkan</translation>
    </message>
    <message>
        <source>Evidence
files</source>
        <translation>Berkas
bukti dukung</translation>
    </message>
    <message>
        <source>Evidence
size</source>
        <translation>Ukuran
bukti dukung</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>Latest feedback</source>
        <translation>Umpan balik terbaru</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Sebagai</translation>
    </message>
    <message>
        <source>Following the plan through the year:</source>
        <translation>Pemantauan pelaksanaan SKP sepanjang tahun:</translation>
    </message>
    <message>
        <source>Recording realisasi for each IKI in every period (quarterly or monthly, R-PERIODIC).</source>
        <translation>Pencatatan realisasi setiap IKI pada setiap periode (triwulanan atau bulanan, R-PERIODIC).</translation>
    </message>
    <message>
        <source>Attaching bukti dukung files to a result, kept safe inside the workspace.</source>
        <translation>Pelampiran berkas bukti dukung pada hasil kerja, tersimpan aman di dalam ruang kerja.</translation>
    </message>
    <message>
        <source>Umpan balik berkelanjutan from the atasan, peers and staff, on a result or a BerAKHLAK value.</source>
        <translation>Umpan balik berkelanjutan dari atasan, rekan kerja, dan bawahan, atas hasil kerja atau nilai BerAKHLAK.</translation>
    </message>
    <message>
        <source>Notes of the dialog kinerja between the employee and the pejabat penilai.</source>
        <translation>Catatan dialog kinerja antara pegawai dan pejabat penilai.</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} dari {total}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>No plan year is set up yet, so there is nothing to monitor.</source>
        <translation>Belum ada tahun rencana yang disiapkan, sehingga belum ada yang dapat dipantau.</translation>
    </message>
    <message>
        <source>Nothing recorded for {year} in your scope yet: no realisasi, evidence or feedback. Choose another year to see earlier monitoring.</source>
        <translation>Belum ada catatan untuk {year} dalam cakupan Anda: belum ada realisasi, bukti dukung, atau umpan balik. Pilih tahun lain untuk melihat pemantauan sebelumnya.</translation>
    </message>
    <message>
        <source>No feedback has been given on the plans in your scope yet.</source>
        <translation>Belum ada umpan balik atas SKP dalam cakupan Anda.</translation>
    </message>
</context>
<context>
    <name>PenilaianOverviewPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Predikat
organisasi</source>
        <translation>Predikat
organisasi</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Final ratings per predikat kinerja pegawai (the 3×3 matrix, R-MATRIX), next to the predikat kinerja organisasi of the same period.</source>
        <translation>Penilaian akhir per predikat kinerja pegawai (matriks 3×3, R-MATRIX), berdampingan dengan predikat kinerja organisasi pada periode yang sama.</translation>
    </message>
    <message>
        <source>Rating each period and seeing how it adds up:</source>
        <translation>Penilaian setiap periode dan rekapitulasinya:</translation>
    </message>
    <message>
        <source>Rating hasil kerja and perilaku kerja by the pejabat penilai, with the evidence beside it (R-RATING).</source>
        <translation>Rating hasil kerja dan rating perilaku kerja oleh pejabat penilai, dengan bukti dukung di sampingnya (R-RATING).</translation>
    </message>
    <message>
        <source>The predikat from the 3×3 matrix (R-MATRIX), shown as it is decided.</source>
        <translation>Predikat dari matriks 3×3 (R-MATRIX), ditampilkan saat ditentukan.</translation>
    </message>
    <message>
        <source>The distribution checked against the predikat kinerja organisasi (R-CURVE): a warning, never a block.</source>
        <translation>Distribusi predikat diperiksa terhadap predikat kinerja organisasi (R-CURVE): berupa peringatan, tidak pernah memblokir.</translation>
    </message>
    <message>
        <source>A dashboard with charts per OPD, and the Evaluasi Kinerja document.</source>
        <translation>Dasbor dengan grafik per OPD, serta dokumen Evaluasi Kinerja.</translation>
    </message>
    <message>
        <source>Without a unit</source>
        <translation>Tanpa unit kerja</translation>
    </message>
    <message>
        <source>No plan year is set up yet, so there are no ratings.</source>
        <translation>Belum ada tahun rencana yang disiapkan, sehingga belum ada penilaian.</translation>
    </message>
    <message>
        <source>No final ratings for {year} in your scope yet. Choose another year or period.</source>
        <translation>Belum ada penilaian akhir untuk {year} dalam cakupan Anda. Pilih tahun atau periode lain.</translation>
    </message>
    <message>
        <source>{n} rating(s) still in draft are not counted.</source>
        <translation>{n} penilaian yang masih berstatus draf tidak dihitung.</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Type a name, NIP, jabatan or unit…</source>
        <translation>Ketik nama, NIP, jabatan, atau unit kerja…</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} dari {total}</translation>
    </message>
    <message>
        <source>{total} employees</source>
        <translation>{total} pegawai</translation>
    </message>
</context>
<context>
    <name>Periode</name>
    <message>
        <source>Quarter {roman} ({code})</source>
        <translation>Triwulan {roman} ({code})</translation>
    </message>
    <message>
        <source>Semester {roman}</source>
        <translation>Semester {roman}</translation>
    </message>
    <message>
        <source>Final (AKHIR)</source>
        <translation>Akhir tahun (AKHIR)</translation>
    </message>
    <message>
        <source>No period given</source>
        <translation>Periode tidak disebutkan</translation>
    </message>
</context>
<context>
    <name>PlanResultsDialog</name>
    <message>
        <source>How the results of this plan are linked</source>
        <translation>Keterhubungan hasil kerja SKP ini</translation>
    </message>
    <message>
        <source>Results and indicators of this plan</source>
        <translation>Hasil kerja dan indikator SKP ini</translation>
    </message>
    <message>
        <source>SKP {year} of {name} · {status}</source>
        <translation>SKP {year} milik {name} · {status}</translation>
    </message>
    <message>
        <source>Read-only. Editing comes with the drafting wizard.</source>
        <translation>Hanya dapat dibaca. Pengubahan tersedia bersama panduan penyusunan SKP.</translation>
    </message>
    <message>
        <source>Each main result (RHK utama) should intervene a result of the atasan or a goal of the organisation. Re-linking comes with the cascading tree.</source>
        <translation>Setiap RHK utama seharusnya mengintervensi RHK atasan atau sasaran organisasi. Pengaturan ulang keterhubungan tersedia bersama pohon cascading.</translation>
    </message>
    <message>
        <source>Result (RHK) and what it intervenes</source>
        <translation>RHK dan yang diintervensinya</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Result (RHK) / indicator (IKI)</source>
        <translation>Hasil kerja (RHK) / indikator (IKI)</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspek</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>This plan has no results yet. They are written in the SKP drafting wizard.</source>
        <translation>SKP ini belum memiliki hasil kerja. Hasil kerja ditulis pada panduan penyusunan SKP.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Main (utama)</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>Additional (tambahan)</source>
        <translation>Tambahan</translation>
    </message>
    <message>
        <source>Intervenes: {text} (RHK of {owner})</source>
        <translation>Mengintervensi: {text} (RHK {owner})</translation>
    </message>
    <message>
        <source>Intervenes: {text} (goal of {unit})</source>
        <translation>Mengintervensi: {text} (sasaran {unit})</translation>
    </message>
    <message>
        <source>Linked to a result that is not in this workspace (yet)</source>
        <translation>Terhubung ke hasil kerja yang (belum) ada di ruang kerja ini</translation>
    </message>
    <message>
        <source>Not linked: an additional result needs no link</source>
        <translation>Tidak terhubung: RHK tambahan tidak perlu dihubungkan</translation>
    </message>
    <message>
        <source>Not linked (tidak terhubung)</source>
        <translation>Tidak terhubung</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Direviu</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Ditetapkan</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <source>Edit position</source>
        <translation>Ubah jabatan</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>Jabatan baru</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Add position</source>
        <translation>Tambah jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>e.g. Kepala Bidang Perencanaan, Analis Kepegawaian</source>
        <translation>mis. Kepala Bidang Perencanaan, Analis Kepegawaian</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nama jabatan</translation>
    </message>
    <message>
        <source>Jenjang</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <source>Kepala unit (heads this unit)</source>
        <translation>Kepala unit (memimpin unit kerja ini)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>No atasan</source>
        <translation>Tanpa atasan</translation>
    </message>
    <message>
        <source>Atasan position</source>
        <translation>Jabatan atasan</translation>
    </message>
    <message>
        <source>Whoever holds the atasan position (or acts in it as Plt/Plh) is the pejabat penilai of this position&apos;s holder.</source>
        <translation>Pemegang jabatan atasan (atau Plt/Plh-nya) adalah pejabat penilai kinerja bagi pemegang jabatan ini.</translation>
    </message>
    <message>
        <source>No atasan position</source>
        <translation>Tidak ada jabatan atasan</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>Nama jabatan masih kosong.</translation>
    </message>
    <message>
        <source>A position cannot be its own atasan.</source>
        <translation>Jabatan tidak dapat menjadi atasan dirinya sendiri.</translation>
    </message>
</context>
<context>
    <name>PositionPicker</name>
    <message>
        <source>Search position, level, unit or holder…</source>
        <translation>Cari jabatan, jenjang, unit kerja, atau pemangku…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln position(s)</source>
        <translation>
            <numerusform>%Ln jabatan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PositionTableModel</name>
    <message>
        <source>vacant</source>
        <translation>lowong</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Type and level</source>
        <translation>Jenis dan jenjang</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Pemangku</translation>
    </message>
    <message>
        <source>{name} and {more} more</source>
        <translation>{name} dan {more} lainnya</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <source>Superior</source>
        <translation>Atasan</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Rekan kerja</translation>
    </message>
    <message>
        <source>Subordinate</source>
        <translation>Bawahan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>RenameUnitDialog</name>
    <message>
        <source>Rename unit</source>
        <translation>Ganti nama unit kerja</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nama baru</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Nama masih kosong.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Employee (pegawai)</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Atasan / pejabat penilai</source>
        <translation>Atasan / pejabat penilai</translation>
    </message>
    <message>
        <source>Pengelola kinerja</source>
        <translation>Pengelola kinerja</translation>
    </message>
    <message>
        <source>Clinic facilitator</source>
        <translation>Fasilitator klinik</translation>
    </message>
    <message>
        <source>Sub-bureau</source>
        <translation>Subbagian</translation>
    </message>
    <message>
        <source>BKPSDM central office</source>
        <translation>BKPSDM pusat</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles of {name}</source>
        <translation>Peran {name}</translation>
    </message>
    <message>
        <source>Every employee is a pegawai, and the atasan role follows from the positions. The roles below are granted, for a unit and what lies below it or for the whole instansi.</source>
        <translation>Setiap pegawai berperan sebagai pegawai, dan peran atasan mengikuti jabatannya. Peran di bawah ini diberikan untuk satu unit kerja beserta unit di bawahnya, atau untuk seluruh instansi.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Cabut</translation>
    </message>
    <message>
        <source>Grant a role</source>
        <translation>Berikan peran</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Choose unit…</source>
        <translation>Pilih unit kerja…</translation>
    </message>
    <message>
        <source>Whole instansi</source>
        <translation>Seluruh instansi</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Berlaku untuk</translation>
    </message>
    <message>
        <source>e.g. SK Kepala BKPSDM 800/12/2026</source>
        <translation>mis. SK Kepala BKPSDM 800/12/2026</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Berikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>the whole instansi</source>
        <translation>seluruh instansi</translation>
    </message>
    <message>
        <source>No role granted.</source>
        <translation>Belum ada peran yang diberikan.</translation>
    </message>
    <message>
        <source>The whole instansi</source>
        <translation>Seluruh instansi</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — SKP Desk</source>
        <translation>Pengaturan — SKP Desk</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Ruang kerja</translation>
    </message>
    <message>
        <source>Instansi (documents)</source>
        <translation>Instansi (dokumen)</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save the Instansi and Deadlines tabs (Ctrl+S)</source>
        <translation>Simpan tab Instansi dan Tenggat (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Applies immediately, to every window.</source>
        <translation>Langsung berlaku di semua jendela.</translation>
    </message>
    <message>
        <source>The regulation&apos;s own words (SKP, RHK, IKI, BerAKHLAK, predikat) stay the same in both languages. Documents are always printed in Indonesian.</source>
        <translation>Istilah resmi dari peraturan (SKP, RHK, IKI, BerAKHLAK, predikat) tetap sama dalam kedua bahasa. Dokumen selalu dicetak dalam bahasa Indonesia.</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>Disimpan di komputer ini</translation>
    </message>
    <message>
        <source>The language, the window layout, the recent workspaces and who signed in last are kept on this computer only. Everything you type (plans, ratings, the instansi details) is kept in the workspace and travels with it.</source>
        <translation>Bahasa, tata letak jendela, ruang kerja terakhir, dan pengguna yang terakhir masuk hanya disimpan di komputer ini. Semua yang Anda ketik (SKP, penilaian, data instansi) disimpan di ruang kerja dan ikut berpindah bersamanya.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>SKP Desk {version}</source>
        <translation>SKP Desk {version}</translation>
    </message>
    <message>
        <source>About SKP Desk…</source>
        <translation>Tentang SKP Desk…</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Ruang kerja ini</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Ukuran di disk</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>{employees} employees, {plans} SKP plans, {ops} recorded changes</source>
        <translation>{employees} pegawai, {plans} rencana SKP, {ops} perubahan tercatat</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Skema</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>Tampilkan di pengelola berkas</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Ruang kerja terakhir</translation>
    </message>
    <message>
        <source>A workspace is a folder holding one instansi&apos;s data, its evidence files and backups. SKP Desk closes this one and opens the one you choose.</source>
        <translation>Ruang kerja adalah map yang berisi data satu instansi, berkas bukti dukungnya, dan cadangannya. SKP Desk akan menutup ruang kerja ini dan membuka yang Anda pilih.</translation>
    </message>
    <message>
        <source>{folder}  (open now)</source>
        <translation>{folder}  (sedang dibuka)</translation>
    </message>
    <message>
        <source>{folder}  (not found)</source>
        <translation>{folder}  (tidak ditemukan)</translation>
    </message>
    <message>
        <source>No other workspace was opened on this computer.</source>
        <translation>Belum ada ruang kerja lain yang pernah dibuka di komputer ini.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Buka map…</translation>
    </message>
    <message>
        <source>Create new workspace…</source>
        <translation>Buat ruang kerja baru…</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Cadangan tersimpan: {path}</translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation>Buka map ruang kerja</translation>
    </message>
    <message>
        <source>{folder} is not an SKP Desk workspace. To start a new workspace there, use “Create new workspace…”.</source>
        <translation>{folder} bukan ruang kerja SKP Desk. Untuk memulai ruang kerja baru di sana, gunakan “Buat ruang kerja baru…”.</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new workspace</source>
        <translation>Pilih map kosong untuk ruang kerja baru</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} adalah berkas, bukan map.</translation>
    </message>
    <message>
        <source>{folder} is not empty and is not an SKP Desk workspace. Choose an empty folder (or make a new one in the folder window); nothing was changed.</source>
        <translation>{folder} tidak kosong dan bukan ruang kerja SKP Desk. Pilih map kosong (atau buat map baru di jendela pemilihan map); tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>This workspace is already open.</source>
        <translation>Ruang kerja ini sudah terbuka.</translation>
    </message>
    <message>
        <source>Identity printed on documents</source>
        <translation>Identitas yang dicetak pada dokumen</translation>
    </message>
    <message>
        <source>The letterhead (kop surat) of every PDF, and the place written before the date.</source>
        <translation>Kop surat pada setiap PDF, dan nama tempat yang ditulis sebelum tanggal.</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Pemerintah</translation>
    </message>
    <message>
        <source>Instansi or unit</source>
        <translation>Instansi atau unit kerja</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>mis. {example}</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Pilih logo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>PNG or JPEG, up to 2 MB; saved as soon as it is chosen.</source>
        <translation>PNG atau JPEG, maksimal 2 MB; langsung disimpan begitu dipilih.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Letterhead preview</source>
        <translation>Pratinjau kop surat</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>belum ada pengguna yang masuk</translation>
    </message>
    <message>
        <source>Only the BKPSDM central office may change these settings. You are signed in as {role}: they are shown for reference.</source>
        <translation>Hanya BKPSDM pusat yang dapat mengubah pengaturan ini. Anda masuk sebagai {role}: pengaturan ini ditampilkan sebagai rujukan.</translation>
    </message>
    <message>
        <source>Signed “{city}, {date}”</source>
        <translation>Di dokumen: “{city}, {date}”</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Choose the instansi logo</source>
        <translation>Pilih logo instansi</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo saved.</source>
        <translation>Logo tersimpan.</translation>
    </message>
    <message>
        <source>Drafting the next year&apos;s SKP starts on this day (with the RKT and PK)</source>
        <translation>Penyusunan SKP tahun berikutnya dimulai pada tanggal ini (bersama RKT dan PK)</translation>
    </message>
    <message>
        <source>Periodic evaluation: due this many days after the period ends</source>
        <translation>Evaluasi periodik: jatuh tempo sekian hari setelah periode berakhir</translation>
    </message>
    <message>
        <source>Annual (AKHIR) evaluation: due on this day of the following year</source>
        <translation>Evaluasi tahunan (AKHIR): jatuh tempo pada tanggal ini di tahun berikutnya</translation>
    </message>
    <message>
        <source>Keberatan: the atasan decides within this many days of its filing</source>
        <translation>Keberatan: atasan memutuskan dalam sekian hari sejak keberatan diajukan</translation>
    </message>
    <message>
        <source>Set by your instansi</source>
        <translation>Ditetapkan oleh instansi Anda</translation>
    </message>
    <message>
        <source>These dates are not fixed nationally. Set them to follow your instansi&apos;s letters and the BKN e-Kinerja schedule; Beranda and the reminders use them.</source>
        <translation>Tanggal-tanggal ini tidak ditetapkan secara nasional. Sesuaikan dengan surat instansi Anda dan jadwal BKN e-Kinerja; Beranda dan pengingat menggunakannya.</translation>
    </message>
    <message>
        <source>[U] The regulation sets no national date ({rule}); your instansi decides.</source>
        <translation>[U] Peraturan tidak menetapkan tanggal secara nasional ({rule}); instansi Anda yang menentukan.</translation>
    </message>
    <message>
        <source>Fixed by the regulation (for reference)</source>
        <translation>Ditetapkan oleh peraturan (sebagai rujukan)</translation>
    </message>
    <message>
        <source>Fallback draft</source>
        <translation>Penyusunan oleh pengelola</translation>
    </message>
    <message>
        <source>If the pegawai and the pejabat penilai have not drafted the SKP by the 2nd week of January, the pengelola kinerja drafts it ({date} for {year}).</source>
        <translation>Jika pegawai dan pejabat penilai belum menyusun SKP hingga minggu ke-2 Januari, pengelola kinerja yang menyusunnya ({date} untuk {year}).</translation>
    </message>
    <message>
        <source>Penetapan SKP</source>
        <translation>Penetapan SKP</translation>
    </message>
    <message>
        <source>At the latest at the end of January of the plan year ({date}).</source>
        <translation>Paling lambat akhir Januari tahun rencana ({date}).</translation>
    </message>
    <message>
        <source>Keberatan</source>
        <translation>Keberatan</translation>
    </message>
    <message>
        <source>Filed with the atasan of the pejabat penilai within {days} days of receiving the result.</source>
        <translation>Diajukan kepada atasan pejabat penilai paling lambat {days} hari sejak hasil penilaian diterima.</translation>
    </message>
    <message>
        <source>[V] confirmed in the regulation · [P] from one secondary source · [U] not settled nationally: a setting.</source>
        <translation>[V] dikonfirmasi dalam peraturan · [P] dari satu sumber sekunder · [U] tidak diatur secara nasional: berupa pengaturan.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>From {minimum} to {maximum}</source>
        <translation>Dari {minimum} sampai {maximum}</translation>
    </message>
    <message>
        <source>With these settings: the first quarter of {year} ends {end}, its evaluation is due {evaluation}; the annual evaluation of {year} is due {akhir}; drafting the {next} plans starts {drafting}.</source>
        <translation>Dengan pengaturan ini: triwulan I {year} berakhir {end}, evaluasinya jatuh tempo {evaluation}; evaluasi tahunan {year} jatuh tempo {akhir}; penyusunan SKP {next} dimulai {drafting}.</translation>
    </message>
    <message>
        <source>Roles granted in this workspace</source>
        <translation>Peran yang diberikan di ruang kerja ini</translation>
    </message>
    <message>
        <source>Every employee is a pegawai, and atasan follows from the organisation; the roles below are granted. A scope limits a role to one unit and the units under it.</source>
        <translation>Setiap pegawai berperan sebagai pegawai, dan peran atasan mengikuti struktur organisasi; peran di bawah ini diberikan. Cakupan membatasi peran pada satu unit kerja beserta unit di bawahnya.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Grant a role…</source>
        <translation>Berikan peran…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Cabut</translation>
    </message>
    <message>
        <source>The whole instansi</source>
        <translation>Seluruh instansi</translation>
    </message>
    <message>
        <source>{count} grants</source>
        <translation>{count} pemberian peran</translation>
    </message>
    <message>
        <source>You are signed in with this role; another BKPSDM person may revoke it.</source>
        <translation>Anda sedang masuk dengan peran ini; pegawai BKPSDM lain dapat mencabutnya.</translation>
    </message>
    <message>
        <source>{role} granted to {name}.</source>
        <translation>Peran {role} diberikan kepada {name}.</translation>
    </message>
    <message>
        <source>Unsaved changes on the Instansi or Deadlines tab.</source>
        <translation>Ada perubahan yang belum disimpan pada tab Instansi atau Tenggat.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Save the changes to the instansi details and deadlines?</source>
        <translation>Simpan perubahan data instansi dan tenggat?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Draft your own SKP, record your progress, give feedback to colleagues, file a keberatan.</source>
        <translation>Susun SKP Anda sendiri, catat realisasi, beri umpan balik kepada rekan kerja, ajukan keberatan.</translation>
    </message>
    <message>
        <source>Approve and rate your staff&apos;s SKP, give atasan feedback, set your unit&apos;s predikat.</source>
        <translation>Tetapkan dan nilai SKP bawahan, beri umpan balik sebagai atasan, tentukan predikat unit kerja Anda.</translation>
    </message>
    <message>
        <source>Review SKP, draft plans for others, keep the organisation, periods and goals, exchange bundles.</source>
        <translation>Reviu SKP, susun SKP untuk pegawai lain, kelola organisasi, periode, dan sasaran, pertukarkan bundel.</translation>
    </message>
    <message>
        <source>Coaching clinic: draft SKP together with employees, edit cascading and goals.</source>
        <translation>Klinik pendampingan: susun SKP bersama pegawai, ubah cascading dan sasaran.</translation>
    </message>
    <message>
        <source>Keep the organisation and goals, nominate, review SKP, exchange bundles with the centre.</source>
        <translation>Kelola organisasi dan sasaran, usulkan pegawai berprestasi, reviu SKP, pertukarkan bundel dengan pusat.</translation>
    </message>
    <message>
        <source>Everything except approving, rating and atasan feedback: grant roles, set the instansi details.</source>
        <translation>Semua hal kecuali penetapan, penilaian, dan umpan balik atasan: memberikan peran dan mengatur data instansi.</translation>
    </message>
    <message>
        <source>In {unit} and its units</source>
        <translation>Di {unit} dan unit di bawahnya</translation>
    </message>
    <message>
        <source>The whole instansi</source>
        <translation>Seluruh instansi</translation>
    </message>
    <message>
        <source>Set up this workspace (BKPSDM pusat)</source>
        <translation>Siapkan ruang kerja ini (BKPSDM pusat)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Who are you? — SKP Desk</source>
        <translation>Siapa Anda? — SKP Desk</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Siapa Anda?</translation>
    </message>
    <message>
        <source>Choose your name, then the role you are working in now. You can switch person or role at any time (Ctrl+Shift+U).</source>
        <translation>Pilih nama Anda, lalu peran yang Anda jalankan sekarang. Anda dapat mengganti pengguna atau peran kapan saja (Ctrl+Shift+U).</translation>
    </message>
    <message>
        <source>Recently on this computer:</source>
        <translation>Terakhir digunakan di komputer ini:</translation>
    </message>
    <message>
        <source>Set-up (BKPSDM pusat)</source>
        <translation>Penyiapan (BKPSDM pusat)</translation>
    </message>
    <message>
        <source>Alt+{number}</source>
        <translation>Alt+{number}</translation>
    </message>
    <message>
        <source>No roles have been granted in this workspace yet. Choose “Set up this workspace” to act as the BKPSDM central office: add the organisation and employees, then grant roles in Settings → Roles.</source>
        <translation>Belum ada peran yang diberikan di ruang kerja ini. Pilih “Siapkan ruang kerja ini” untuk bertindak sebagai BKPSDM pusat: tambahkan organisasi dan pegawai, lalu berikan peran di Pengaturan → Peran.</translation>
    </message>
    <message>
        <source>This workspace has no employees yet. Choose “Set up this workspace” to act as the BKPSDM central office and add the organisation and employees.</source>
        <translation>Ruang kerja ini belum memiliki pegawai. Pilih “Siapkan ruang kerja ini” untuk bertindak sebagai BKPSDM pusat serta menambahkan organisasi dan pegawai.</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Masuk sebagai</translation>
    </message>
    <message>
        <source>Choosing a name is not a password: protect this computer with your own account.</source>
        <translation>Memilih nama tidak sama dengan kata sandi: lindungi komputer ini dengan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Belum ada yang dipilih</translation>
    </message>
    <message>
        <source>Choose a name in the list.</source>
        <translation>Pilih nama dari daftar.</translation>
    </message>
    <message>
        <source>Set up this workspace</source>
        <translation>Siapkan ruang kerja ini</translation>
    </message>
    <message>
        <source>For the BKPSDM central office, until the first roles are granted.</source>
        <translation>Untuk BKPSDM pusat, sampai peran pertama diberikan.</translation>
    </message>
</context>
<context>
    <name>SinkronisasiOverviewPage</name>
    <message>
        <source>This copy&apos;s identity in bundles; each copy of a workspace has its own.</source>
        <translation>Identitas salinan ini dalam bundel; setiap salinan ruang kerja memiliki identitasnya sendiri.</translation>
    </message>
    <message>
        <source>This computer&apos;s id:</source>
        <translation>ID komputer ini:</translation>
    </message>
    <message>
        <source>Changes recorded:</source>
        <translation>Perubahan tercatat:</translation>
    </message>
    <message>
        <source>Not yet sent in a bundle:</source>
        <translation>Belum dikirim dalam bundel:</translation>
    </message>
    <message>
        <source>Bundles sent or received:</source>
        <translation>Bundel terkirim atau diterima:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>A backup is a complete copy of the workspace&apos;s database, made while it is in use. SKP Desk also makes one before every upgrade and restore.</source>
        <translation>Cadangan adalah salinan lengkap basis data ruang kerja, dibuat saat ruang kerja sedang digunakan. SKP Desk juga membuat cadangan sebelum setiap pembaruan versi dan pemulihan.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Dibuat pada</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>Buka map cadangan</translation>
    </message>
    <message>
        <source>Exchanging data without a network connection:</source>
        <translation>Pertukaran data tanpa koneksi jaringan:</translation>
    </message>
    <message>
        <source>Signed bundle files to carry by USB stick, e-mail or WhatsApp, in both directions.</source>
        <translation>Berkas bundel bertanda tangan untuk dibawa lewat flashdisk, e-mail, atau WhatsApp, secara dua arah.</translation>
    </message>
    <message>
        <source>Keys and trust: the central office certifies each unit&apos;s key for its part of the organisation.</source>
        <translation>Kunci dan kepercayaan: BKPSDM pusat mengesahkan kunci setiap unit untuk bagian organisasinya.</translation>
    </message>
    <message>
        <source>A report of every bundle imported, and edits made at the same time kept for a person to settle.</source>
        <translation>Laporan setiap bundel yang diimpor, dan perubahan yang dibuat bersamaan disimpan untuk diselesaikan oleh petugas.</translation>
    </message>
    <message>
        <source>Until then, back up before you copy the workspace folder to another computer.</source>
        <translation>Sementara itu, buat cadangan sebelum Anda menyalin map ruang kerja ke komputer lain.</translation>
    </message>
    <message>
        <source>{own} on this computer ({total} in the workspace)</source>
        <translation>{own} di komputer ini ({total} di ruang kerja)</translation>
    </message>
    <message>
        <source>Not counted yet</source>
        <translation>Belum dihitung</translation>
    </message>
    <message>
        <source>{n}: no bundle has been sent from this computer yet</source>
        <translation>{n}: belum ada bundel yang dikirim dari komputer ini</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>{n} so far</source>
        <translation>{n} hingga saat ini</translation>
    </message>
    <message>
        <source>None yet: bundles come with a later release</source>
        <translation>Belum ada: bundel hadir pada rilis mendatang</translation>
    </message>
    <message>
        <source>No backup yet. Make one now with Back up now.</source>
        <translation>Belum ada cadangan. Buat sekarang dengan Cadangkan sekarang.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Membuat cadangan…</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Cadangan tersimpan: {path}</translation>
    </message>
</context>
<context>
    <name>SkpOverviewPage</name>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Direviu</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Ditetapkan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Your own plans</source>
        <translation>SKP Anda sendiri</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <source>IKI</source>
        <translation>IKI</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Ditetapkan pada</translation>
    </message>
    <message>
        <source>Open my plan&apos;s results</source>
        <translation>Buka hasil kerja SKP saya</translation>
    </message>
    <message>
        <source>Your results (RHK) and indicators (IKI) with their targets, read-only</source>
        <translation>Hasil kerja (RHK) dan indikator (IKI) Anda beserta targetnya, hanya dapat dibaca</translation>
    </message>
    <message>
        <source>Drafting the SKP step by step, in the order of the BKN guide:</source>
        <translation>Penyusunan SKP langkah demi langkah, sesuai urutan pedoman BKN:</translation>
    </message>
    <message>
        <source>Wizards for the JPT form and for JA/JF, stage by stage (R-STAGES), saving each stage.</source>
        <translation>Panduan penyusunan format JPT dan JA/JF tahap demi tahap (R-STAGES), dengan penyimpanan di setiap tahap.</translation>
    </message>
    <message>
        <source>A phrasing coach that tells a result from an activity while you type, with a better wording to take over (R-PHRASING).</source>
        <translation>Pemandu perumusan yang membedakan hasil kerja dari kegiatan saat Anda mengetik, dengan usulan rumusan yang lebih baik untuk dipakai (R-PHRASING).</translation>
    </message>
    <message>
        <source>Indicators (IKI) with aspect and target, and the manual indikator.</source>
        <translation>Indikator (IKI) beserta aspek dan targetnya, serta manual indikator.</translation>
    </message>
    <message>
        <source>Submitting for reviu by the pengelola kinerja, and penetapan by the pejabat penilai.</source>
        <translation>Pengajuan untuk reviu oleh pengelola kinerja, dan penetapan oleh pejabat penilai.</translation>
    </message>
    <message>
        <source>Until then the plans here can be read, not edited.</source>
        <translation>Sementara itu, SKP di sini hanya dapat dibaca, belum dapat diubah.</translation>
    </message>
    <message>
        <source>Without a unit</source>
        <translation>Tanpa unit kerja</translation>
    </message>
    <message>
        <source>No plan year is set up yet. Plans appear here once a period and plans exist.</source>
        <translation>Belum ada tahun rencana yang disiapkan. SKP akan muncul di sini setelah periode dan SKP tersedia.</translation>
    </message>
    <message>
        <source>No plans for {year} in your scope yet. Choose another year, or draft plans first.</source>
        <translation>Belum ada SKP untuk {year} dalam cakupan Anda. Pilih tahun lain, atau susun SKP terlebih dahulu.</translation>
    </message>
    <message>
        <source>The workspace is acting as itself, not as a person, so it has no plan of its own. Switch person (Ctrl+Shift+U) to see an employee&apos;s plan.</source>
        <translation>Ruang kerja sedang bertindak sebagai dirinya sendiri, bukan sebagai pegawai, sehingga tidak memiliki SKP. Ganti pengguna (Ctrl+Shift+U) untuk melihat SKP seorang pegawai.</translation>
    </message>
    <message>
        <source>You have no plan in this workspace yet.</source>
        <translation>Anda belum memiliki SKP di ruang kerja ini.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Organisation units</source>
        <translation>Unit organisasi</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Acting assignments (Plt/Plh)</source>
        <translation>Penugasan Plt/Plh</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Organisation goals and IKU</source>
        <translation>Sasaran organisasi dan IKU</translation>
    </message>
    <message>
        <source>SKP plans</source>
        <translation>Rencana SKP</translation>
    </message>
    <message>
        <source>Work results (RHK)</source>
        <translation>Rencana hasil kerja (RHK)</translation>
    </message>
    <message>
        <source>Indicators (IKI)</source>
        <translation>Indikator kinerja individu (IKI)</translation>
    </message>
    <message>
        <source>Behaviour expectations</source>
        <translation>Ekspektasi perilaku</translation>
    </message>
    <message>
        <source>Plan annex items</source>
        <translation>Butir lampiran SKP</translation>
    </message>
    <message>
        <source>Progress entries</source>
        <translation>Catatan realisasi</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Organisation assessments</source>
        <translation>Predikat organisasi</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>Usulan pegawai berprestasi</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft your SKP</source>
        <translation>Susun SKP Anda</translation>
    </message>
    <message>
        <source>Continue drafting your SKP</source>
        <translation>Lanjutkan penyusunan SKP Anda</translation>
    </message>
    <message>
        <source>Your SKP came back from review: revise it</source>
        <translation>SKP Anda dikembalikan setelah reviu: perbaiki</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) waiting for your review</source>
        <translation>
            <numerusform>%n rencana SKP menunggu reviu Anda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) still without an SKP: draft it for them</source>
        <translation>
            <numerusform>%n pegawai belum memiliki SKP: susunkan SKP mereka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) waiting for your approval (penetapan)</source>
        <translation>
            <numerusform>%n rencana SKP menunggu penetapan Anda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate %n employee(s) for {period}</source>
        <translation>
            <numerusform>Nilai %n pegawai untuk {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n employee(s) their annual rating (Akhir)</source>
        <translation>
            <numerusform>Berikan penilaian tahunan (Akhir) kepada %n pegawai</numerusform>
        </translation>
    </message>
    <message>
        <source>Your {period} rating has arrived</source>
        <translation>Hasil penilaian {period} Anda sudah keluar</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n perubahan menunggu dikirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) received but not applied yet</source>
        <translation>
            <numerusform>%n bundel diterima tetapi belum diterapkan</numerusform>
        </translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Tanpa tenggat</translation>
    </message>
    <message>
        <source>A keberatan is possible until today</source>
        <translation>Keberatan dapat diajukan sampai hari ini</translation>
    </message>
    <message numerus="yes">
        <source>A keberatan is possible until {date} (%n day(s) left)</source>
        <translation>
            <numerusform>Keberatan dapat diajukan sampai {date} (sisa %n hari)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due {date} · overdue by %n day(s)</source>
        <translation>
            <numerusform>Jatuh tempo {date} · terlambat %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today, {date}</source>
        <translation>Jatuh tempo hari ini, {date}</translation>
    </message>
    <message numerus="yes">
        <source>Due {date} · in %n day(s)</source>
        <translation>
            <numerusform>Jatuh tempo {date} · %n hari lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>SKP {year}</source>
        <translation>SKP {year}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Catatan: {note}</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>New unit</source>
        <translation>Unit baru</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Tambah unit</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Di bawah</translation>
    </message>
    <message>
        <source>e.g. Bidang Perencanaan dan Evaluasi</source>
        <translation>mis. Bidang Perencanaan dan Evaluasi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>e.g. BKPSDM (optional)</source>
        <translation>mis. BKPSDM (opsional)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Singkatan</translation>
    </message>
    <message>
        <source>Unit kerja mandiri</source>
        <translation>Unit kerja mandiri</translation>
    </message>
    <message>
        <source>The head of a unit kerja mandiri is rated with the JPT form.</source>
        <translation>Pimpinan unit kerja mandiri dinilai dengan formulir JPT.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Nama masih kosong.</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Search unit…</source>
        <translation>Cari unit kerja…</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Pilih</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>UnitPositionsModel</name>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Type and level</source>
        <translation>Jenis dan jenjang</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Atasan position</source>
        <translation>Jabatan atasan</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Pemangku</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>lowong</translation>
    </message>
    <message>
        <source>{kind}. {name}</source>
        <translation>{kind}. {name}</translation>
    </message>
    <message>
        <source>{title} ({holder})</source>
        <translation>{title} ({holder})</translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <source>Upcoming dates</source>
        <translation>Tanggal mendatang</translation>
    </message>
    <message>
        <source>[U] set in Settings → Deadlines</source>
        <translation>[U] diatur di Pengaturan → Tenggat</translation>
    </message>
    <message>
        <source>No dates ahead.</source>
        <translation>Tidak ada tanggal mendatang.</translation>
    </message>
    <message>
        <source>Dates of SKP-REFERENCE R-DEADLINES</source>
        <translation>Tanggal menurut SKP-REFERENCE R-DEADLINES</translation>
    </message>
    <message>
        <source>No national rule fixes this date; your instansi sets it (SKP-REFERENCE {rule}).</source>
        <translation>Tidak ada aturan nasional yang menetapkan tanggal ini; instansi Anda yang menentukannya (SKP-REFERENCE {rule}).</translation>
    </message>
    <message>
        <source>Pengelola kinerja drafts the SKP {year} nobody has drafted</source>
        <translation>Pengelola kinerja menyusun SKP {year} yang belum disusun</translation>
    </message>
    <message>
        <source>Every SKP {year} ditetapkan (end of January)</source>
        <translation>Seluruh SKP {year} ditetapkan (akhir Januari)</translation>
    </message>
    <message>
        <source>Drafting of SKP {year} begins</source>
        <translation>Penyusunan SKP {year} dimulai</translation>
    </message>
    <message>
        <source>Annual rating (Akhir) {year} due</source>
        <translation>Batas penilaian tahunan (Akhir) {year}</translation>
    </message>
    <message>
        <source>{period} {year} ratings due</source>
        <translation>Batas penilaian {period} {year}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n hari lagi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SearchPicker</name>
    <message>
        <source>Choose</source>
        <translation>Pilih</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
</TS>
