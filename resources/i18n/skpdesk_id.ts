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
        <source>A Plt (pelaksana tugas) fills a vacant position; a Plh (pelaksana harian) stands in while the holder is away. The person acts as atasan of that position's staff.</source>
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
    <name>ActionPlanPanel</name>
    <message>
        <source>A new rencana aksi for this period; Enter adds it</source>
        <translation>Rencana aksi baru untuk periode ini; Enter menambahkannya</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>T&amp;ambah</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>U&amp;bah</translation>
    </message>
    <message>
        <source>Edit the chosen rencana aksi (F2)</source>
        <translation>Ubah rencana aksi yang dipilih (F2)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Naik</translation>
    </message>
    <message>
        <source>Move it up (Alt+Up)</source>
        <translation>Pindahkan ke atas (Alt+Atas)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>T&amp;urun</translation>
    </message>
    <message>
        <source>Move it down (Alt+Down)</source>
        <translation>Pindahkan ke bawah (Alt+Bawah)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ha&amp;pus</translation>
    </message>
    <message>
        <source>Delete it (Delete); Ctrl+Z brings it back</source>
        <translation>Hapus (Del); Ctrl+Z mengembalikannya</translation>
    </message>
    <message>
        <source>Rencana aksi are the steps planned for this period; the periodic evaluation looks at their progress (R-PERIODIC).</source>
        <translation>Rencana aksi adalah langkah yang direncanakan untuk periode ini; evaluasi periodik melihat kemajuannya (R-PERIODIC).</translation>
    </message>
    <message>
        <source>Choose an RHK in the table to see its rencana aksi.</source>
        <translation>Pilih RHK di tabel untuk melihat rencana aksinya.</translation>
    </message>
    <message>
        <source>Rencana aksi of {row}</source>
        <translation>Rencana aksi {row}</translation>
    </message>
    <message>
        <source>Add rencana aksi</source>
        <translation>Tambah rencana aksi</translation>
    </message>
    <message>
        <source>Edit rencana aksi</source>
        <translation>Ubah rencana aksi</translation>
    </message>
    <message>
        <source>Move rencana aksi</source>
        <translation>Pindahkan rencana aksi</translation>
    </message>
    <message>
        <source>Delete rencana aksi</source>
        <translation>Hapus rencana aksi</translation>
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
        <source>How each result serves the one above it, from the unit's goals to every person.</source>
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
        <source>Ratings and predikat kinerja, and how they fit the organisation's result.</source>
        <translation>Penilaian dan predikat kinerja, serta kesesuaiannya dengan kinerja organisasi.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Plan status, progress, predikat against the organisation's curve, cascade health and outliers per unit.</source>
        <translation>Status rencana, progres, predikat dibandingkan dengan kurva organisasi, kesehatan cascading, dan anomali per unit.</translation>
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
    <name>AttachRunner</name>
    <message numerus="yes">
        <source>Attach %n file(s)</source>
        <translation>
            <numerusform>Lampirkan %n berkas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not attached.</source>
        <translation>
            <numerusform>%n berkas tidak dilampirkan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPlans</name>
    <message>
        <source>Rencana SKP of a unit as PDF</source>
        <translation>Rencana SKP satu unit sebagai PDF</translation>
    </message>
    <message>
        <source>The whole instansi (your scope)</source>
        <translation>Seluruh instansi (dalam cakupan Anda)</translation>
    </message>
    <message>
        <source>Choose unit…</source>
        <translation>Pilih unit…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>(choose a folder)</source>
        <translation>(pilih folder)</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Pilih folder…</translation>
    </message>
    <message>
        <source>Save into</source>
        <translation>Simpan ke</translation>
    </message>
    <message>
        <source>Write the PDFs</source>
        <translation>Tulis berkas PDF</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Choose the folder to save into first.</source>
        <translation>Pilih dahulu folder tujuan.</translation>
    </message>
    <message>
        <source>No plans of {year} in this unit.</source>
        <translation>Tidak ada SKP tahun {year} di unit ini.</translation>
    </message>
    <message>
        <source>{done} of {total} written…</source>
        <translation>{done} dari {total} ditulis…</translation>
    </message>
    <message>
        <source>{n} PDF files written to {folder}.</source>
        <translation>{n} berkas PDF ditulis ke {folder}.</translation>
    </message>
    <message>
        <source>Stopped. The files already written are kept; none is half-written.</source>
        <translation>Dihentikan. Berkas yang sudah ditulis tetap ada; tidak ada yang setengah jadi.</translation>
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
        <source>Candidates proposed for pegawai berprestasi with their three scores (0–100), highest sum first. The sum is unweighted: the instansi's weights come with the scoring.</source>
        <translation>Calon pegawai berprestasi yang diusulkan beserta ketiga nilainya (0–100), diurutkan dari jumlah tertinggi. Jumlah ini belum berbobot: bobot instansi diterapkan pada tahap penilaian.</translation>
    </message>
    <message>
        <source>Choosing pegawai berprestasi in the open:</source>
        <translation>Pemilihan pegawai berprestasi secara terbuka:</translation>
    </message>
    <message>
        <source>Scoring discipline, performance (from the predikat) and innovation with the instansi's weights (R-AWARD).</source>
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
    <name>Cascade</name>
    <message>
        <source>Direct cascading</source>
        <translation>Cascading langsung</translation>
    </message>
    <message>
        <source>Non-direct cascading</source>
        <translation>Cascading tidak langsung</translation>
    </message>
    <message>
        <source>by aspek</source>
        <translation>berdasarkan aspek</translation>
    </message>
    <message>
        <source>by wilayah (area)</source>
        <translation>berdasarkan pembagian wilayah</translation>
    </message>
    <message>
        <source>by beban target (split the number)</source>
        <translation>berdasarkan pembagian beban target (angka dibagi)</translation>
    </message>
    <message>
        <source>pendekatan layanan (steps of the service)</source>
        <translation>pendekatan layanan (tahapan layanan)</translation>
    </message>
    <message>
        <source>output antara / milestone</source>
        <translation>output antara / milestone</translation>
    </message>
    <message>
        <source>cycle</source>
        <translation>siklus</translation>
    </message>
    <message>
        <source>not the atasan's result</source>
        <translation>bukan hasil kerja atasan</translation>
    </message>
    <message>
        <source>no parent</source>
        <translation>tanpa induk</translation>
    </message>
    <message>
        <source>split does not add up</source>
        <translation>porsi tidak pas</translation>
    </message>
    <message>
        <source>nobody contributes</source>
        <translation>belum ada yang berkontribusi</translation>
    </message>
    <message>
        <source>no plan yet</source>
        <translation>belum punya SKP</translation>
    </message>
    <message>
        <source> (+{n} IKI)</source>
        <translation> (+{n} IKI)</translation>
    </message>
</context>
<context>
    <name>CascadeCommands</name>
    <message>
        <source>Edit MPH cell</source>
        <translation>Ubah sel MPH</translation>
    </message>
    <message>
        <source>Re-link {text}</source>
        <translation>Pindahkan induk {text}</translation>
    </message>
    <message>
        <source>Move {text}</source>
        <translation>Pindahkan urutan {text}</translation>
    </message>
    <message>
        <source>Cascade {text}</source>
        <translation>Turunkan {text}</translation>
    </message>
</context>
<context>
    <name>CascadeDialog</name>
    <message>
        <source>Cascade a result</source>
        <translation>Turunkan hasil kerja</translation>
    </message>
    <message>
        <source>Cascade &lt;b&gt;{text}&lt;/b&gt; ({owner}) to the people it is shared with.</source>
        <translation>Turunkan &lt;b&gt;{text}&lt;/b&gt; ({owner}) kepada pegawai yang ikut memikulnya.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Pendekatan</translation>
    </message>
    <message>
        <source>Their RHK</source>
        <translation>RHK mereka</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Nobody rated by {owner} has a plan for this year yet.</source>
        <translation>Belum ada pegawai yang dinilai {owner} yang punya SKP tahun ini.</translation>
    </message>
    <message>
        <source>Split evenly</source>
        <translation>Bagi rata</translation>
    </message>
    <message>
        <source>Cascade</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Their own contribution, e.g. Terverifikasinya berkas usulan</source>
        <translation>Kontribusi mereka sendiri, mis. Terverifikasinya berkas usulan</translation>
    </message>
    <message>
        <source>Target to split: {value} {unit} ({iki}).</source>
        <translation>Target yang dibagi: {value} {unit} ({iki}).</translation>
    </message>
    <message>
        <source>This result has no numeric target to split.</source>
        <translation>Hasil kerja ini tidak punya target angka untuk dibagi.</translation>
    </message>
</context>
<context>
    <name>CascadeExport</name>
    <message>
        <source>Pohon kinerja PDF, A4 landscape…</source>
        <translation>Pohon kinerja PDF, A4 mendatar…</translation>
    </message>
    <message>
        <source>Pohon kinerja PDF, A3 landscape…</source>
        <translation>Pohon kinerja PDF, A3 mendatar…</translation>
    </message>
    <message>
        <source>Pohon kinerja as Excel…</source>
        <translation>Pohon kinerja sebagai Excel…</translation>
    </message>
    <message>
        <source>MPH as Excel…</source>
        <translation>MPH sebagai Excel…</translation>
    </message>
    <message>
        <source>MPH as PDF…</source>
        <translation>MPH sebagai PDF…</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Menulis {name}…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <source>Stopped; nothing was saved.</source>
        <translation>Dihentikan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Simpan sebagai</translation>
    </message>
</context>
<context>
    <name>CascadeModel</name>
    <message>
        <source>Result / goal</source>
        <translation>Hasil kerja / sasaran</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>IKI and target</source>
        <translation>IKI dan target</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Status SKP</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>RHK utama without a parent ({n})</source>
        <translation>RHK utama tanpa induk ({n})</translation>
    </message>
    <message>
        <source>RHK tambahan ({n})</source>
        <translation>RHK tambahan ({n})</translation>
    </message>
    <message>
        <source>Every RHK utama must intervene a result of the atasan or a goal: drag each onto one.</source>
        <translation>Setiap RHK utama harus mengintervensi hasil kerja atasan atau sasaran: seret masing-masing ke salah satunya.</translation>
    </message>
    <message>
        <source>Sasaran: {text}</source>
        <translation>Sasaran: {text}</translation>
    </message>
    <message>
        <source>IKU: {text}</source>
        <translation>IKU: {text}</translation>
    </message>
    <message numerus="yes">
        <source>%n wording error(s)</source>
        <translation>
            <numerusform>%n kesalahan kalimat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wording warning(s)</source>
        <translation>
            <numerusform>%n peringatan kalimat</numerusform>
        </translation>
    </message>
    <message>
        <source>outside this unit</source>
        <translation>di luar unit ini</translation>
    </message>
    <message>
        <source>Only results (RHK) can be moved.</source>
        <translation>Hanya hasil kerja (RHK) yang bisa dipindahkan.</translation>
    </message>
    <message>
        <source>This result belongs to a unit outside this tree.</source>
        <translation>Hasil kerja ini milik unit di luar pohon ini.</translation>
    </message>
    <message>
        <source>{name}'s plan is under reviu and cannot change now.</source>
        <translation>SKP {name} sedang direviu dan tidak bisa diubah sekarang.</translation>
    </message>
    <message>
        <source>Drop it on a result of the atasan or on a goal.</source>
        <translation>Letakkan pada hasil kerja atasan atau pada sasaran.</translation>
    </message>
    <message>
        <source>Already here.</source>
        <translation>Sudah di sini.</translation>
    </message>
    <message>
        <source>That node is no longer in the tree; refresh (F5).</source>
        <translation>Simpul itu sudah tidak ada di pohon; muat ulang (F5).</translation>
    </message>
    <message>
        <source>It already intervenes this one.</source>
        <translation>Hasil kerja ini sudah mengintervensi yang itu.</translation>
    </message>
    <message>
        <source>A result cannot intervene itself or a result below it.</source>
        <translation>Hasil kerja tidak bisa mengintervensi dirinya sendiri atau hasil kerja di bawahnya.</translation>
    </message>
    <message>
        <source>{owner} is not {name}'s atasan: an RHK intervenes a result of the atasan.</source>
        <translation>{owner} bukan atasan {name}: RHK mengintervensi hasil kerja atasan.</translation>
    </message>
</context>
<context>
    <name>CascadePage</name>
    <message>
        <source>Drag a result onto the one it serves (Ctrl+X, Ctrl+V with the keyboard); drop it on a person to cascade it to them.</source>
        <translation>Seret hasil kerja ke hasil kerja yang didukungnya (dengan papan ketik: Ctrl+X, Ctrl+V); letakkan pada pegawai untuk menurunkannya kepada mereka.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Buka semua</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Tutup semua</translation>
    </message>
    <message>
        <source>Cascade to…</source>
        <translation>Turunkan ke…</translation>
    </message>
    <message>
        <source>Cascade the selected result to the people it is shared with (Ctrl+D)</source>
        <translation>Turunkan hasil kerja terpilih kepada pegawai yang ikut memikulnya (Ctrl+D)</translation>
    </message>
    <message>
        <source>Print / export…</source>
        <translation>Cetak / ekspor…</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Pohon</translation>
    </message>
    <message>
        <source>MPH matrix</source>
        <translation>Matriks MPH</translation>
    </message>
    <message>
        <source>Loading the tree…</source>
        <translation>Memuat pohon…</translation>
    </message>
    <message>
        <source>Showing the top of the tree; reading the rest (edits wait until it is in)…</source>
        <translation>Menampilkan puncak pohon; sisanya sedang dibaca (penyuntingan menunggu sampai selesai)…</translation>
    </message>
    <message>
        <source>Checking: the rest of the tree is being read…</source>
        <translation>Memeriksa: sisa pohon sedang dibaca…</translation>
    </message>
    <message>
        <source>… and {n} more: open a smaller unit</source>
        <translation>… dan {n} lagi: buka unit yang lebih kecil</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Tidak ada masalah.</translation>
    </message>
    <message>
        <source>under</source>
        <translation>kurang</translation>
    </message>
    <message>
        <source>over</source>
        <translation>lebih</translation>
    </message>
    <message>
        <source>different unit</source>
        <translation>satuan berbeda</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>{owner}: {text} — {state}: {total} of {target} {unit}</source>
        <translation>{owner}: {text} — {state}: {total} dari {target} {unit}</translation>
    </message>
    <message>
        <source>{name} — {jabatan} (no plan yet)</source>
        <translation>{name} — {jabatan} (belum punya SKP)</translation>
    </message>
    <message>
        <source>no RHK utama</source>
        <translation>belum ada RHK utama</translation>
    </message>
    <message>
        <source>Clinic: F8 walks the unit person by person, top-down.</source>
        <translation>Klinik: F8 menelusuri unit pegawai demi pegawai, dari atas ke bawah.</translation>
    </message>
    <message>
        <source>nothing missing</source>
        <translation>tidak ada yang kurang</translation>
    </message>
    <message>
        <source>Clinic: {n} of {total}, {name} — {state}. F8 next, Shift+F8 previous, Ctrl+Enter opens the plan.</source>
        <translation>Klinik: {n} dari {total}, {name} — {state}. F8 berikutnya, Shift+F8 sebelumnya, Ctrl+Enter membuka SKP.</translation>
    </message>
    <message>
        <source>The rest of the tree is still being read; try again in a moment.</source>
        <translation>Sisa pohon masih dibaca; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>Change a ditetapkan plan?</source>
        <translation>Ubah SKP yang sudah ditetapkan?</translation>
    </message>
    <message>
        <source>{name}'s plan has been ditetapkan. Changing this link marks the plan as changed after penetapan, and the pejabat penilai will see the difference.</source>
        <translation>SKP {name} sudah ditetapkan. Mengubah tautan ini menandai SKP sebagai diubah setelah ditetapkan, dan pejabat penilai akan melihat perbedaannya.</translation>
    </message>
    <message>
        <source>Change it</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cut: {text}. Select where it belongs and press Ctrl+V.</source>
        <translation>Dipotong: {text}. Pilih tempatnya lalu tekan Ctrl+V.</translation>
    </message>
    <message>
        <source>Select a result to cascade first.</source>
        <translation>Pilih dulu hasil kerja yang akan diturunkan.</translation>
    </message>
    <message>
        <source>{owner} is not this person's atasan: cascade to the people {owner} rates.</source>
        <translation>{owner} bukan atasan pegawai ini: turunkan kepada pegawai yang dinilai {owner}.</translation>
    </message>
    <message>
        <source>Cut (Ctrl+X)</source>
        <translation>Potong (Ctrl+X)</translation>
    </message>
    <message>
        <source>Remove the link (Alt+Left)</source>
        <translation>Lepas tautan (Alt+Kiri)</translation>
    </message>
    <message>
        <source>Open the plan (Ctrl+Enter)</source>
        <translation>Buka SKP (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cascade to… (Ctrl+D)</source>
        <translation>Turunkan ke… (Ctrl+D)</translation>
    </message>
    <message>
        <source>Paste here (Ctrl+V)</source>
        <translation>Tempel di sini (Ctrl+V)</translation>
    </message>
</context>
<context>
    <name>CascadeView</name>
    <message>
        <source>Drop to make it intervene this one.</source>
        <translation>Lepaskan agar mengintervensi yang ini.</translation>
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
        <source>The cascade as one tree, from the organisation's goals to every staff member:</source>
        <translation>Cascading dalam satu pohon, dari sasaran organisasi hingga setiap pegawai:</translation>
    </message>
    <message>
        <source>Drag and drop a result onto the atasan's result it serves, from sasaran strategis and IKU down to every staff member (R-CASCADE), with undo.</source>
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
        <source>No results (RHK) in {year}'s plans in your scope yet. Choose another year.</source>
        <translation>Belum ada RHK pada SKP {year} dalam cakupan Anda. Pilih tahun lain.</translation>
    </message>
    <message>
        <source>{linked} of {utama} main results are linked ({share}).</source>
        <translation>{linked} dari {utama} RHK utama sudah terhubung ({share}).</translation>
    </message>
    <message>
        <source>Acting as the workspace itself there is no plan of your own to show. Switch person (Ctrl+Shift+U) to see how an employee's results are linked.</source>
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
    <message>
        <source>{name} must end in {suffixes}.</source>
        <translation>{name} harus berakhiran {suffixes}.</translation>
    </message>
    <message>
        <source>Give either --nip or --unit (one of them).</source>
        <translation>Berikan --nip atau --unit (salah satu saja).</translation>
    </message>
    <message>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>{path} ditulis ({pages} halaman).</translation>
    </message>
    <message>
        <source>Writing {count} evaluation documents</source>
        <translation>Menulis {count} dokumen evaluasi</translation>
    </message>
    <message>
        <source>Wrote {count} evaluation documents to {folder}.</source>
        <translation>{count} dokumen evaluasi ditulis ke {folder}.</translation>
    </message>
    <message>
        <source>Skipped {count} plans:</source>
        <translation>{count} SKP dilewati:</translation>
    </message>
    <message>
        <source>No document was written: every plan was skipped. Use --worksheet to print periods not rated yet.</source>
        <translation>Tidak ada dokumen yang ditulis: semua SKP dilewati. Gunakan --worksheet untuk mencetak periode yang belum dinilai.</translation>
    </message>
    <message>
        <source>Writing {count} SKP documents</source>
        <translation>Menulis {count} dokumen SKP</translation>
    </message>
    <message>
        <source>Wrote {count} SKP documents to {folder}.</source>
        <translation>{count} dokumen SKP ditulis ke {folder}.</translation>
    </message>
    <message>
        <source>{name} must end in .pdf or .xlsx.</source>
        <translation>{name} harus berakhiran .pdf atau .xlsx.</translation>
    </message>
    <message>
        <source>Wrote {path} ({rows} rows).</source>
        <translation>{path} ditulis ({rows} baris).</translation>
    </message>
    <message>
        <source>Writing the tree</source>
        <translation>Menulis pohon kinerja</translation>
    </message>
    <message>
        <source>Predikat kinerja: {predikat} (rating hasil kerja {hasil}, rating perilaku {perilaku}; R-MATRIX).</source>
        <translation>Predikat kinerja: {predikat} (rating hasil kerja {hasil}, rating perilaku {perilaku}; R-MATRIX).</translation>
    </message>
    <message>
        <source>Predikat organisasi {organisasi}; employees rated: {n}.</source>
        <translation>Predikat organisasi {organisasi}; pegawai yang dinilai: {n}.</translation>
    </message>
    <message>
        <source>Fits the expected distribution (R-CURVE).</source>
        <translation>Sesuai dengan pola distribusi yang diharapkan (R-CURVE).</translation>
    </message>
    <message>
        <source>Does not fit the expected distribution (R-CURVE). This is a consideration for the leader, not a rule.</source>
        <translation>Tidak sesuai dengan pola distribusi yang diharapkan (R-CURVE). Ini bahan pertimbangan bagi pimpinan, bukan aturan yang mengikat.</translation>
    </message>
    <message>
        <source>To fit: {changes}.</source>
        <translation>Agar sesuai: {changes}.</translation>
    </message>
    <message>
        <source>With {n} employees rated, no distribution meets every rule of this pattern; read it as a consideration only.</source>
        <translation>Dengan {n} pegawai yang dinilai, tidak ada distribusi yang memenuhi semua ketentuan pola ini; gunakan hanya sebagai bahan pertimbangan.</translation>
    </message>
    <message>
        <source>Nearest distribution that fits (re-ratings: {moves}): {distribution}.</source>
        <translation>Distribusi terdekat yang sesuai (penilaian ulang: {moves}): {distribution}.</translation>
    </message>
    <message>
        <source>Instansi choices: rounding {rounding}, largest group read as {largest} (change with --rounding and --largest).</source>
        <translation>Pilihan instansi: pembulatan {rounding}, kelompok terbesar dibaca sebagai {largest} (ubah dengan --rounding dan --largest).</translation>
    </message>
    <message>
        <source>Angka kredit: {rounded} ({bulan}/12 × {persen}% × koefisien {koefisien} = {exact}; R-AK).</source>
        <translation>Angka kredit: {rounded} ({bulan}/12 × {persen}% × koefisien {koefisien} = {exact}; R-AK).</translation>
    </message>
    <message>
        <source>{jenjang} ({kategori}, {awal}–{akhir}): AK kumulatif {pangkat} for kenaikan pangkat; no higher jenjang in this kategori.</source>
        <translation>{jenjang} ({kategori}, {awal}–{akhir}): AK kumulatif {pangkat} untuk kenaikan pangkat; tidak ada jenjang lebih tinggi dalam kategori ini.</translation>
    </message>
    <message>
        <source>{jenjang} ({kategori}, {awal}–{akhir}): AK kumulatif {pangkat} for kenaikan pangkat, {jenjang_ak} for kenaikan jenjang.</source>
        <translation>{jenjang} ({kategori}, {awal}–{akhir}): AK kumulatif {pangkat} untuk kenaikan pangkat, {jenjang_ak} untuk kenaikan jenjang.</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>tercapai</translation>
    </message>
    <message>
        <source>Collected in this jenjang: {total}; still needed for kenaikan pangkat: {pangkat}</source>
        <translation>Terkumpul di jenjang ini: {total}; kekurangan untuk kenaikan pangkat: {pangkat}</translation>
    </message>
    <message>
        <source>; for kenaikan jenjang: {jenjang}</source>
        <translation>; untuk kenaikan jenjang: {jenjang}</translation>
    </message>
</context>
<context>
    <name>ClinicPanel</name>
    <message>
        <source>Choose the unit of the clinic.</source>
        <translation>Pilih unit klinik.</translation>
    </message>
    <message>
        <source>Choose unit…</source>
        <translation>Pilih unit…</translation>
    </message>
    <message>
        <source>Fallback drafts for those without an SKP</source>
        <translation>Draf pengganti bagi yang belum punya SKP</translation>
    </message>
    <message>
        <source>R-DEADLINES: a plan not drafted by the 2nd week of January is drafted by the pengelola kinerja from the atasan's results.</source>
        <translation>R-DEADLINES: SKP yang belum disusun hingga minggu ke-2 Januari disusunkan oleh pengelola kinerja dari hasil kerja atasan.</translation>
    </message>
    <message>
        <source>Enter opens the person's plan (or starts one from the atasan's results). In the wizard, F8 goes to the next participant and Shift+F8 to the previous one.</source>
        <translation>Enter membuka SKP peserta (atau memulainya dari hasil kerja atasan). Di dalam wizard, F8 pindah ke peserta berikutnya dan Shift+F8 ke peserta sebelumnya.</translation>
    </message>
    <message>
        <source>Unit of the clinic</source>
        <translation>Unit klinik</translation>
    </message>
    <message>
        <source>{n} fallback draft(s) created.</source>
        <translation>{n} draf pengganti dibuat.</translation>
    </message>
    <message>
        <source>Loading the participants…</source>
        <translation>Memuat daftar peserta…</translation>
    </message>
    <message>
        <source>{n} participants, top-down</source>
        <translation>{n} peserta, dari atas ke bawah</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>no plan yet</source>
        <translation>belum ada SKP</translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <source>Starts with an activity verb</source>
        <translation>Diawali kata kerja aktivitas</translation>
    </message>
    <message>
        <source>An SKP states results, not activities (Permen PANRB 8/2021, carried into 6/2022). A sentence that opens with a verb such as menyusun, melaksanakan or mengikuti says what you will do. Say what will exist when the work is done: tersusunnya, tersedianya, terselesaikannya, or name who benefits and how well. For a JPT this is an error.</source>
        <translation>SKP memuat hasil, bukan aktivitas (Permen PANRB 8/2021, dilanjutkan dalam 6/2022). Kalimat yang diawali kata kerja seperti menyusun, melaksanakan, atau mengikuti menyebut apa yang akan Anda kerjakan. Tuliskan apa yang ada setelah pekerjaan selesai: tersusunnya, tersedianya, terselesaikannya, atau sebutkan siapa yang merasakan manfaatnya dan seberapa baik. Untuk JPT, ini dianggap kesalahan.</translation>
    </message>
    <message>
        <source>Names a kind of work</source>
        <translation>Hanya menyebut jenis pekerjaan</translation>
    </message>
    <message>
        <source>Words such as sosialisasi, monitoring, pembinaan or pelayanan name a category of work. The regulator's own table lists them as categories, not results. Say what the work achieves, or add the quality it must have (tepat waktu, akurat, sesuai standar).</source>
        <translation>Kata seperti sosialisasi, monitoring, pembinaan, atau pelayanan hanya menyebut kategori pekerjaan. Tabel contoh dari regulator sendiri menggolongkannya sebagai kategori, bukan hasil. Sebutkan apa yang dicapai pekerjaan itu, atau tambahkan mutu yang harus dipenuhi (tepat waktu, akurat, sesuai standar).</translation>
    </message>
    <message>
        <source>Forms that read as results</source>
        <translation>Bentuk kalimat yang terbaca sebagai hasil</translation>
    </message>
    <message>
        <source>These forms read as results: ter-…-nya (tersusunnya, tersedianya, terwujudnya); a change with -nya (meningkatnya, menurunnya, berkurangnya); a noun phrase with a quality (… yang lengkap dan informatif); a subject with its verb (Pemerintah Daerah menggunakan …); a passive with a time or quality (… disampaikan tepat waktu).</source>
        <translation>Bentuk berikut terbaca sebagai hasil: ter-…-nya (tersusunnya, tersedianya, terwujudnya); perubahan dengan -nya (meningkatnya, menurunnya, berkurangnya); frasa benda dengan mutunya (… yang lengkap dan informatif); subjek beserta kata kerjanya (Pemerintah Daerah menggunakan …); kalimat pasif dengan keterangan waktu atau mutu (… disampaikan tepat waktu).</translation>
    </message>
    <message>
        <source>Only says the activity took place</source>
        <translation>Hanya menyebut kegiatan terlaksana</translation>
    </message>
    <message>
        <source>Terlaksananya or terselenggaranya followed by an activity (rapat, sosialisasi, bimtek) only reports that the activity happened. Say what it achieved: what changed for the participants or the organisation, or how its results are used.</source>
        <translation>Terlaksananya atau terselenggaranya yang diikuti kegiatan (rapat, sosialisasi, bimtek) hanya melaporkan bahwa kegiatan itu berlangsung. Sebutkan apa yang dicapai: apa yang berubah bagi peserta atau organisasi, atau bagaimana hasilnya dimanfaatkan.</translation>
    </message>
    <message>
        <source>Absolute target</source>
        <translation>Target mutlak</translation>
    </message>
    <message>
        <source>Targets of JA and JF should not be absolute (semua, selalu, tidak pernah, setiap), except for work that touches life, injury, national security or a large financial loss (Permen PANRB 8/2021). Set a level that is ambitious but reachable, for example a percentage.</source>
        <translation>Target JA dan JF sebaiknya tidak mutlak (semua, selalu, tidak pernah, setiap), kecuali untuk pekerjaan yang menyangkut nyawa, cedera, keamanan negara, atau kerugian keuangan yang besar (Permen PANRB 8/2021). Tetapkan tingkat yang menantang tetapi dapat dicapai, misalnya dalam persentase.</translation>
    </message>
    <message>
        <source>IKI cannot be measured</source>
        <translation>IKI tidak dapat diukur</translation>
    </message>
    <message>
        <source>In the quantitative approach an IKI must be countable: a number, a percentage, a unit (dokumen, laporan, orang, hari) or a measure word (jumlah, persentase, indeks, rasio, tingkat, nilai, waktu). Otherwise nobody can say at the end of the year whether it was reached.</source>
        <translation>Pada pendekatan kuantitatif, IKI harus dapat dihitung: berupa angka, persentase, satuan (dokumen, laporan, orang, hari), atau kata ukuran (jumlah, persentase, indeks, rasio, tingkat, nilai, waktu). Tanpa itu, di akhir tahun tidak ada yang bisa menilai apakah target tercapai.</translation>
    </message>
    <message>
        <source>IKI repeats the RHK</source>
        <translation>IKI mengulang RHK</translation>
    </message>
    <message>
        <source>An IKI says how the result is measured; copying the RHK measures nothing. Name the count, the share or the time that shows the result was reached.</source>
        <translation>IKI menjelaskan cara hasil diukur; menyalin RHK tidak mengukur apa pun. Sebutkan jumlah, persentase, atau waktu yang menunjukkan hasil itu tercapai.</translation>
    </message>
    <message>
        <source>Indicator aspect missing</source>
        <translation>Aspek indikator belum lengkap</translation>
    </message>
    <message>
        <source>In the quantitative form each RHK of JA and JF is measured by aspect: kuantitas, kualitas, waktu, and biaya where the work is funded. An RHK needs at least a Kuantitas IKI, and as many IKI as your instansi requires.</source>
        <translation>Pada format kuantitatif, setiap RHK JA dan JF diukur per aspek: kuantitas, kualitas, waktu, dan biaya bila pekerjaannya dibiayai. Setiap RHK paling sedikit memiliki IKI aspek Kuantitas, dan sebanyak IKI yang diwajibkan instansi Anda.</translation>
    </message>
    <message>
        <source>No monitoring source</source>
        <translation>Sumber data pemantauan belum ada</translation>
    </message>
    <message>
        <source>In the development model (model pengembangan) each IKI says which data will be collected, from where and by whom. If a target cannot be monitored, the RHK does not belong in the SKP (Permen PANRB 8/2021).</source>
        <translation>Pada model pengembangan, setiap IKI menyebutkan data apa yang dikumpulkan, dari mana, dan oleh siapa. Bila target tidak dapat dipantau, RHK tersebut tidak dimasukkan ke dalam SKP (Permen PANRB 8/2021).</translation>
    </message>
    <message>
        <source>RHK not linked to the atasan</source>
        <translation>RHK belum terhubung ke RHK atasan</translation>
    </message>
    <message>
        <source>Every RHK utama of JA and JF supports an RHK of the atasan (the column RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI). Choose the atasan's RHK this result contributes to; an RHK tambahan may have none.</source>
        <translation>Setiap RHK utama JA dan JF mendukung RHK atasan (kolom RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI). Pilih RHK atasan yang didukung hasil ini; RHK tambahan boleh tidak memilikinya.</translation>
    </message>
    <message>
        <source>The RHK starts with the activity verb "{verb}": it says what you will do, not what will exist when the work is done.</source>
        <translation>RHK diawali kata kerja aktivitas "{verb}": kalimat ini menyebut apa yang akan Anda kerjakan, bukan apa yang ada setelah pekerjaan selesai.</translation>
    </message>
    <message>
        <source>"{text}" only names a kind of work. Say what the work will achieve, for whom and how well.</source>
        <translation>"{text}" hanya menyebut jenis pekerjaan. Sebutkan apa yang akan dicapai, untuk siapa, dan seberapa baik.</translation>
    </message>
    <message>
        <source>The RHK starts with "{word}", which names a kind of work, and nothing says what it achieves. Add the result or the quality it must have.</source>
        <translation>RHK diawali "{word}", yang hanya menyebut jenis pekerjaan, dan tidak ada yang menyebut apa yang dicapai. Tambahkan hasilnya atau mutu yang harus dipenuhi.</translation>
    </message>
    <message>
        <source>"{opener}" only says that the activity took place. Say what it achieved, for whom and how well.</source>
        <translation>"{opener}" hanya menyebut bahwa kegiatan sudah berlangsung. Sebutkan apa yang dicapai, untuk siapa, dan seberapa baik.</translation>
    </message>
    <message>
        <source>The IKI uses "{word}", which makes the target absolute. For JA and JF set a level that can be reached, unless the work concerns life, safety, national security or a large financial loss.</source>
        <translation>IKI memakai kata "{word}" sehingga targetnya mutlak. Untuk JA dan JF, tetapkan tingkat yang dapat dicapai, kecuali pekerjaan itu menyangkut nyawa, keselamatan, keamanan negara, atau kerugian keuangan yang besar.</translation>
    </message>
    <message>
        <source>The target uses "{word}", which makes it absolute. For JA and JF set a level that can be reached, unless the work concerns life, safety, national security or a large financial loss.</source>
        <translation>Target memakai kata "{word}" sehingga menjadi mutlak. Untuk JA dan JF, tetapkan tingkat yang dapat dicapai, kecuali pekerjaan itu menyangkut nyawa, keselamatan, keamanan negara, atau kerugian keuangan yang besar.</translation>
    </message>
    <message>
        <source>The IKI "{iki}" has no number, percentage, unit or measure word (jumlah, persentase, indeks, waktu …). How will it be counted?</source>
        <translation>IKI "{iki}" tidak memuat angka, persentase, satuan, atau kata ukuran (jumlah, persentase, indeks, waktu …). Bagaimana cara menghitungnya?</translation>
    </message>
    <message>
        <source>The IKI is empty. Write how the result will be measured.</source>
        <translation>IKI masih kosong. Tuliskan cara hasil ini diukur.</translation>
    </message>
    <message>
        <source>The IKI repeats the RHK word for word. Say how the result is measured, for example "Persentase …" or "Jumlah …".</source>
        <translation>IKI sama persis dengan RHK. Sebutkan cara hasil diukur, misalnya "Persentase …" atau "Jumlah …".</translation>
    </message>
    <message>
        <source>This RHK has no IKI with the Kuantitas aspect.</source>
        <translation>RHK ini belum memiliki IKI dengan aspek Kuantitas.</translation>
    </message>
    <message>
        <source>This RHK has {count} IKI; at least {min} are needed.</source>
        <translation>RHK ini baru memiliki {count} IKI; paling sedikit diperlukan {min}.</translation>
    </message>
    <message>
        <source>This IKI has no data source: say where the data for monitoring will come from.</source>
        <translation>IKI ini belum memiliki sumber data: sebutkan dari mana data pemantauannya diperoleh.</translation>
    </message>
    <message>
        <source>This IKI has no data source and no collector: say where the data will come from and who gathers it.</source>
        <translation>IKI ini belum memiliki sumber data dan pengumpul data: sebutkan dari mana datanya diperoleh dan siapa yang mengumpulkannya.</translation>
    </message>
    <message>
        <source>This RHK utama does not name the atasan's RHK (or the organisation goal) it supports.</source>
        <translation>RHK utama ini belum menyebut RHK atasan (atau sasaran organisasi) yang didukungnya.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>kesalahan</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>peringatan</translation>
    </message>
    <message>
        <source>result</source>
        <translation>hasil</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>aktivitas</translation>
    </message>
    <message>
        <source>category of work</source>
        <translation>kategori pekerjaan</translation>
    </message>
    <message>
        <source>not a result</source>
        <translation>bukan hasil</translation>
    </message>
    <message>
        <source>PK goals are in the plan</source>
        <translation>Sasaran PK tercantum dalam SKP</translation>
    </message>
    <message>
        <source>Every sasaran or IKU the JPT owns in the Perjanjian Kinerja appears as an RHK utama, so the SKP carries the organisation's commitments.</source>
        <translation>Setiap sasaran atau IKU milik JPT dalam Perjanjian Kinerja tercantum sebagai RHK utama, sehingga SKP memuat komitmen organisasi.</translation>
    </message>
    <message>
        <source>RHK worded as results</source>
        <translation>RHK dirumuskan sebagai hasil</translation>
    </message>
    <message>
        <source>Each RHK reads as a result, not as an activity or a category of work (the coach's L1, L2 and L4).</source>
        <translation>Setiap RHK terbaca sebagai hasil, bukan aktivitas atau kategori pekerjaan (L1, L2, dan L4 pada pendamping rumusan).</translation>
    </message>
    <message>
        <source>Indicators, targets and perspektif</source>
        <translation>Indikator, target, dan perspektif</translation>
    </message>
    <message>
        <source>Each RHK has at least one IKI with a target; in the quantitative form each RHK utama has its perspektif (penerima layanan, proses bisnis, penguatan internal, anggaran).</source>
        <translation>Setiap RHK memiliki paling sedikit satu IKI beserta targetnya; pada format kuantitatif setiap RHK utama memiliki perspektif (penerima layanan, proses bisnis, penguatan internal, anggaran).</translation>
    </message>
    <message>
        <source>Target basis stated</source>
        <translation>Dasar penetapan target dicantumkan</translation>
    </message>
    <message>
        <source>Each RHK utama says where its target comes from: a regulation or policy, the baseline or last realisation, service users' expectations, or the leader's directive.</source>
        <translation>Setiap RHK utama menyebutkan dasar targetnya: peraturan atau kebijakan, baseline atau realisasi terakhir, harapan pengguna layanan, atau arahan pimpinan.</translation>
    </message>
    <message>
        <source>Lampiran filled</source>
        <translation>Lampiran sudah diisi</translation>
    </message>
    <message>
        <source>The lampiran lists the resource support, the accountability scheme and the consequences.</source>
        <translation>Lampiran memuat dukungan sumber daya, skema pertanggungjawaban, dan konsekuensi.</translation>
    </message>
    <message>
        <source>Intervened atasan RHK</source>
        <translation>RHK atasan yang diintervensi</translation>
    </message>
    <message>
        <source>Each RHK utama names the atasan's RHK it supports, and that RHK is in the atasan's current plan (cascading).</source>
        <translation>Setiap RHK utama menyebut RHK atasan yang didukungnya, dan RHK tersebut ada dalam SKP atasan yang berlaku (cascading).</translation>
    </message>
    <message>
        <source>The team covers the atasan's RHK</source>
        <translation>Tim mendukung seluruh RHK atasan</translation>
    </message>
    <message>
        <source>No RHK utama of the atasan is left without someone in the team contributing to it (the matriks peran dan hasil).</source>
        <translation>Tidak ada RHK utama atasan yang tidak didukung oleh satu pun anggota tim (matriks peran dan hasil).</translation>
    </message>
    <message>
        <source>Results, not a copy of the atasan's RHK</source>
        <translation>Berupa hasil, bukan salinan RHK atasan</translation>
    </message>
    <message>
        <source>Each RHK reads as a result, and does not copy the atasan's wording unless the atasan's RHK was cascaded directly.</source>
        <translation>Setiap RHK terbaca sebagai hasil dan tidak menyalin rumusan RHK atasan, kecuali RHK atasan itu diturunkan dengan cascading langsung.</translation>
    </message>
    <message>
        <source>IKI measurable, by aspect, with a data source</source>
        <translation>IKI terukur, per aspek, dengan sumber data</translation>
    </message>
    <message>
        <source>Each IKI can be counted, the aspects fit the RHK (kuantitas at least), and in the development model each IKI says where its data comes from.</source>
        <translation>Setiap IKI dapat dihitung, aspeknya sesuai dengan RHK (paling sedikit kuantitas), dan pada model pengembangan setiap IKI menyebutkan sumber datanya.</translation>
    </message>
    <message>
        <source>Targets not absolute</source>
        <translation>Target tidak mutlak</translation>
    </message>
    <message>
        <source>No target uses semua, selalu, tidak pernah or setiap, unless the work touches life, safety, national security or a large financial loss.</source>
        <translation>Tidak ada target yang memakai kata semua, selalu, tidak pernah, atau setiap, kecuali pekerjaan itu menyangkut nyawa, keselamatan, keamanan negara, atau kerugian keuangan yang besar.</translation>
    </message>
    <message>
        <source>Ekspektasi khusus considered</source>
        <translation>Ekspektasi khusus sudah dipertimbangkan</translation>
    </message>
    <message>
        <source>The leader considered a special expectation for each of the seven BerAKHLAK values. A value may be left empty; judge whether the empty ones were a choice.</source>
        <translation>Pimpinan sudah mempertimbangkan ekspektasi khusus untuk setiap nilai BerAKHLAK. Nilai boleh dikosongkan; nilailah apakah yang kosong memang disengaja.</translation>
    </message>
    <message>
        <source>Comparable to equivalent jabatan</source>
        <translation>Setara dengan jabatan sejenis</translation>
    </message>
    <message>
        <source>Plans of equivalent jabatan in the unit have comparable quality and level of control. Open them side by side and judge.</source>
        <translation>SKP jabatan yang setara di unit ini memiliki kualitas dan tingkat kendali yang sebanding. Buka berdampingan lalu nilai.</translation>
    </message>
    <message>
        <source>resource support</source>
        <translation>dukungan sumber daya</translation>
    </message>
    <message>
        <source>accountability scheme</source>
        <translation>skema pertanggungjawaban</translation>
    </message>
    <message>
        <source>consequences</source>
        <translation>konsekuensi</translation>
    </message>
    <message>
        <source>No Perjanjian Kinerja goals are recorded for this unit; compare with the PK by hand.</source>
        <translation>Belum ada sasaran Perjanjian Kinerja yang tercatat untuk unit ini; cocokkan dengan PK secara manual.</translation>
    </message>
    <message>
        <source>All {total} PK goals appear as RHK utama.</source>
        <translation>Seluruh {total} sasaran PK tercantum sebagai RHK utama.</translation>
    </message>
    <message>
        <source>{missing} of {total} PK goals have no RHK utama: {goals}.</source>
        <translation>{missing} dari {total} sasaran PK belum menjadi RHK utama: {goals}.</translation>
    </message>
    <message>
        <source>Every RHK reads as a result.</source>
        <translation>Semua RHK terbaca sebagai hasil.</translation>
    </message>
    <message>
        <source>{count} RHK read as an activity or a category of work.</source>
        <translation>{count} RHK masih terbaca sebagai aktivitas atau kategori pekerjaan.</translation>
    </message>
    <message>
        <source>Every RHK has an IKI with a target.</source>
        <translation>Semua RHK memiliki IKI beserta targetnya.</translation>
    </message>
    <message>
        <source>{no_target} RHK without an IKI and target; {no_perspektif} RHK utama without a perspektif.</source>
        <translation>{no_target} RHK belum memiliki IKI dan target; {no_perspektif} RHK utama belum memiliki perspektif.</translation>
    </message>
    <message>
        <source>Every RHK utama states its target basis.</source>
        <translation>Semua RHK utama mencantumkan dasar penetapan targetnya.</translation>
    </message>
    <message>
        <source>{count} RHK utama do not state their target basis.</source>
        <translation>{count} RHK utama belum mencantumkan dasar penetapan target.</translation>
    </message>
    <message>
        <source>The three lampiran are filled.</source>
        <translation>Ketiga lampiran sudah diisi.</translation>
    </message>
    <message>
        <source>Still empty: {missing}.</source>
        <translation>Masih kosong: {missing}.</translation>
    </message>
    <message>
        <source>The atasan's plan is not available, so the intervened RHK cannot be checked here.</source>
        <translation>SKP atasan belum tersedia, sehingga RHK yang diintervensi belum dapat diperiksa di sini.</translation>
    </message>
    <message>
        <source>Every RHK utama names an RHK of the atasan's plan.</source>
        <translation>Semua RHK utama menyebut RHK dari SKP atasan.</translation>
    </message>
    <message>
        <source>{orphans} RHK utama name no atasan RHK; {unknown_parent} name an RHK that is not in the atasan's plan.</source>
        <translation>{orphans} RHK utama belum menyebut RHK atasan; {unknown_parent} menyebut RHK yang tidak ada dalam SKP atasan.</translation>
    </message>
    <message>
        <source>The atasan's plan is not available, so the team's coverage cannot be checked here.</source>
        <translation>SKP atasan belum tersedia, sehingga dukungan tim belum dapat diperiksa di sini.</translation>
    </message>
    <message>
        <source>Each of the atasan's {total} RHK utama has a contributor in the team.</source>
        <translation>Setiap {total} RHK utama atasan sudah didukung anggota tim.</translation>
    </message>
    <message>
        <source>{uncovered} of the atasan's {total} RHK utama have no contributor in the team yet.</source>
        <translation>{uncovered} dari {total} RHK utama atasan belum didukung anggota tim.</translation>
    </message>
    <message>
        <source>Every RHK reads as a result in its own words.</source>
        <translation>Semua RHK terbaca sebagai hasil dengan rumusannya sendiri.</translation>
    </message>
    <message>
        <source>{wording} RHK read as an activity or a category; {duplicates} copy the atasan's RHK without direct cascading.</source>
        <translation>{wording} RHK masih terbaca sebagai aktivitas atau kategori; {duplicates} menyalin RHK atasan tanpa cascading langsung.</translation>
    </message>
    <message>
        <source>Every IKI is measurable, with its aspects and data source.</source>
        <translation>Semua IKI terukur, lengkap dengan aspek dan sumber datanya.</translation>
    </message>
    <message>
        <source>RHK with an IKI that cannot be measured: {unmeasurable}; with a missing aspect: {aspect}; without a data source: {no_source}.</source>
        <translation>RHK dengan IKI yang tidak terukur: {unmeasurable}; dengan aspek yang belum lengkap: {aspect}; tanpa sumber data: {no_source}.</translation>
    </message>
    <message>
        <source>No target is absolute.</source>
        <translation>Tidak ada target yang mutlak.</translation>
    </message>
    <message>
        <source>{count} RHK have an absolute target.</source>
        <translation>{count} RHK memiliki target yang mutlak.</translation>
    </message>
    <message>
        <source>Ekspektasi khusus is written for {filled} of {total} values; the others are empty.</source>
        <translation>Ekspektasi khusus sudah ditulis untuk {filled} dari {total} nilai; selebihnya kosong.</translation>
    </message>
    <message>
        <source>{equivalent} plans of equivalent jabatan in this period; compare them side by side.</source>
        <translation>Ada {equivalent} SKP jabatan setara pada periode ini; bandingkan secara berdampingan.</translation>
    </message>
</context>
<context>
    <name>Curve</name>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} atau {second}</translation>
    </message>
    <message>
        <source>{group} is the largest group (more than half of the people)</source>
        <translation>{group} menjadi kelompok terbesar (lebih dari separuh pegawai)</translation>
    </message>
    <message>
        <source>{group} is the largest group (no other predikat has more people)</source>
        <translation>{group} menjadi kelompok terbesar (tidak ada predikat lain yang lebih banyak)</translation>
    </message>
    <message>
        <source>{group} is the largest group (more people than any other predikat)</source>
        <translation>{group} menjadi kelompok terbesar (lebih banyak daripada predikat lain mana pun)</translation>
    </message>
    <message>
        <source>{group} at most {share} ({limit} of {n})</source>
        <translation>{group} paling banyak {share} ({limit} dari {n})</translation>
    </message>
    <message>
        <source>{group} at least {share} ({limit} of {n})</source>
        <translation>{group} paling sedikit {share} ({limit} dari {n})</translation>
    </message>
    <message>
        <source>at least one employee rated {group}</source>
        <translation>paling sedikit satu pegawai berpredikat {group}</translation>
    </message>
    <message>
        <source>no employee rated {group}</source>
        <translation>tidak ada pegawai berpredikat {group}</translation>
    </message>
    <message>
        <source>{requirement}: {count} now</source>
        <translation>{requirement}: sekarang {count}</translation>
    </message>
    <message>
        <source>at most {target} {group}: {amount} fewer</source>
        <translation>paling banyak {target} {group}: kurangi {amount}</translation>
    </message>
    <message>
        <source>at least {target} {group}: {amount} more, re-rated from {sources}</source>
        <translation>paling sedikit {target} {group}: tambah {amount}, dinilai ulang dari {sources}</translation>
    </message>
    <message>
        <source>at least {target} {group}: {amount} more</source>
        <translation>paling sedikit {target} {group}: tambah {amount}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Save chart as PNG</source>
        <translation>Simpan grafik sebagai PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>Save table as Excel</source>
        <translation>Simpan tabel sebagai Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <source>Save chart as P&amp;NG…</source>
        <translation>Simpan &amp;grafik sebagai PNG…</translation>
    </message>
    <message>
        <source>Save table as E&amp;xcel…</source>
        <translation>Simpan tabel sebagai E&amp;xcel…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Tahun</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>U&amp;nit</translation>
    </message>
    <message>
        <source>&amp;Jabatan</source>
        <translation>&amp;Jabatan</translation>
    </message>
    <message>
        <source>All jabatan types</source>
        <translation>Semua jenis jabatan</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message>
        <source>The whole instansi</source>
        <translation>Seluruh instansi</translation>
    </message>
    <message>
        <source>All I may see</source>
        <translation>Semua yang dapat saya lihat</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Status rencana</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Predikat and the curve</source>
        <translation>Predikat dan kurva</translation>
    </message>
    <message>
        <source>Cascade health</source>
        <translation>Kesehatan cascading</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Anomali</translation>
    </message>
    <message>
        <source>JPT</source>
        <translation>JPT</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Pengawas</source>
        <translation>Pengawas</translation>
    </message>
    <message>
        <source>Pelaksana</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <source>Fungsional</source>
        <translation>Fungsional</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(tanpa unit)</translation>
    </message>
    <message>
        <source>{unit} (own staff)</source>
        <translation>{unit} (staf langsung)</translation>
    </message>
    <message>
        <source>the whole instansi</source>
        <translation>seluruh instansi</translation>
    </message>
    <message>
        <source>every jabatan type</source>
        <translation>semua jenis jabatan</translation>
    </message>
    <message>
        <source>{year}, {periode}; {unit}; {jabatan}</source>
        <translation>{year}, {periode}; {unit}; {jabatan}</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>SKP</translation>
    </message>
    <message>
        <source>Approved (%)</source>
        <translation>Ditetapkan (%)</translation>
    </message>
    <message>
        <source>No plans for this choice.</source>
        <translation>Tidak ada SKP untuk pilihan ini.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>IKI</source>
        <translation>IKI</translation>
    </message>
    <message>
        <source>{periode} (%)</source>
        <translation>{periode} (%)</translation>
    </message>
    <message>
        <source>Share of the IKI of approved plans with a realisasi (a number or, for a qualitative plan, a text) recorded for each period.</source>
        <translation>Persentase IKI dari SKP yang ditetapkan yang sudah memiliki realisasi (angka, atau teks untuk SKP kualitatif) pada setiap periode.</translation>
    </message>
    <message>
        <source>No IKI of approved plans for this choice.</source>
        <translation>Tidak ada IKI dari SKP yang ditetapkan untuk pilihan ini.</translation>
    </message>
    <message>
        <source>No predikat organisasi</source>
        <translation>Belum ada predikat organisasi</translation>
    </message>
    <message>
        <source>Nobody rated</source>
        <translation>Belum ada yang dinilai</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Tidak sesuai</translation>
    </message>
    <message>
        <source>(with {n} people rated no distribution meets every rule)</source>
        <translation>(dengan {n} pegawai yang dinilai, tidak ada distribusi yang memenuhi semua aturan)</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Dinilai</translation>
    </message>
    <message>
        <source>Not final</source>
        <translation>Belum final</translation>
    </message>
    <message>
        <source>Predikat organisasi</source>
        <translation>Predikat organisasi</translation>
    </message>
    <message>
        <source>Curve (R-CURVE)</source>
        <translation>Kurva (R-CURVE)</translation>
    </message>
    <message>
        <source>Rules not met</source>
        <translation>Aturan yang tidak terpenuhi</translation>
    </message>
    <message>
        <source>What would make it fit</source>
        <translation>Agar sesuai</translation>
    </message>
    <message>
        <source>{unit} has no predikat kinerja organisasi for {periode}: the distribution cannot be checked against the curve. The unit leader records it on the Rating page.</source>
        <translation>{unit} belum memiliki predikat kinerja organisasi untuk {periode}: distribusi tidak dapat diperiksa terhadap kurva. Pimpinan unit mencatatnya di halaman Penilaian.</translation>
    </message>
    <message>
        <source>The instansi</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Units with ratings but no predikat organisasi for this period: {count} of {units}.</source>
        <translation>Unit yang sudah dinilai tetapi belum memiliki predikat organisasi untuk periode ini: {count} dari {units}.</translation>
    </message>
    <message>
        <source>Units not fitting the curve of their predikat organisasi: {count} of {units}.</source>
        <translation>Unit yang tidak sesuai kurva predikat organisasinya: {count} dari {units}.</translation>
    </message>
    <message>
        <source>The curve is a consideration for the leader, not a rule (R-CURVE). Instansi choices: an upper share allows at least one person, a lower share needs its share of people rounded up; the largest group has more people than any other. Choose a row to see its curve.</source>
        <translation>Kurva adalah bahan pertimbangan pimpinan, bukan aturan (R-CURVE). Pilihan instansi: batas atas paling sedikit mengizinkan satu orang, batas bawah dibulatkan ke atas; kelompok terbesar berarti lebih banyak daripada predikat lain mana pun. Pilih satu baris untuk melihat kurvanya.</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Without a plan</source>
        <translation>Tanpa SKP</translation>
    </message>
    <message>
        <source>RHK utama</source>
        <translation>RHK utama</translation>
    </message>
    <message>
        <source>Intervening nothing</source>
        <translation>Tidak mengintervensi apa pun</translation>
    </message>
    <message>
        <source>Intervening a non-atasan's RHK</source>
        <translation>Mengintervensi RHK bukan atasan</translation>
    </message>
    <message>
        <source>Atasan RHK nobody takes up</source>
        <translation>RHK atasan yang tidak diturunkan</translation>
    </message>
    <message>
        <source>The main findings of the cascade checks, counted per unit; cycles and split targets (porsi) are checked on the Cascading page.</source>
        <translation>Temuan utama pemeriksaan cascading, dihitung per unit; siklus dan porsi target diperiksa di halaman Cascading.</translation>
    </message>
    <message>
        <source>Everyone rated {predikat}</source>
        <translation>Semua berpredikat {predikat}</translation>
    </message>
    <message>
        <source>Organisation rated {organisasi}, most employees Baik or better</source>
        <translation>Organisasi berpredikat {organisasi}, sebagian besar pegawai Baik atau lebih</translation>
    </message>
    <message>
        <source>Hasil kerja above expectations with realisasi on under {share} of the IKI</source>
        <translation>Hasil kerja di atas ekspektasi dengan realisasi pada kurang dari {share} IKI</translation>
    </message>
    <message>
        <source>Rated with no realisasi in the period</source>
        <translation>Dinilai tanpa realisasi pada periode ini</translation>
    </message>
    <message>
        <source>Everyone alike</source>
        <translation>Semua sama</translation>
    </message>
    <message>
        <source>Organisation below its people</source>
        <translation>Organisasi di bawah pegawainya</translation>
    </message>
    <message>
        <source>Above expectations, little realisasi</source>
        <translation>Di atas ekspektasi, realisasi sedikit</translation>
    </message>
    <message>
        <source>Rated without realisasi</source>
        <translation>Dinilai tanpa realisasi</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>Pegawai terkait</translation>
    </message>
    <message>
        <source>SKP Desk's own signs worth a look, not rules: everyone in a unit of at least {n} rated alike; an organisation rated below Baik with at least {good} of its people Baik or better (R-ORG-PREDIKAT); ratings that the recorded realisasi do not support.</source>
        <translation>Tanda dari SKP Desk yang perlu dilihat, bukan aturan: semua pegawai dalam unit berisi sekurang-kurangnya {n} orang berpredikat sama; organisasi berpredikat di bawah Baik dengan sekurang-kurangnya {good} pegawainya Baik atau lebih (R-ORG-PREDIKAT); rating yang tidak didukung realisasi yang tercatat.</translation>
    </message>
    <message>
        <source>No outliers for this choice.</source>
        <translation>Tidak ada anomali untuk pilihan ini.</translation>
    </message>
    <message>
        <source>The {shown} largest of {total} units by {what}; the table has them all.</source>
        <translation>{shown} unit terbesar dari {total} menurut {what}; semuanya ada di tabel.</translation>
    </message>
    <message>
        <source>No data for this choice.</source>
        <translation>Tidak ada data untuk pilihan ini.</translation>
    </message>
    <message>
        <source>Predikat of the employees against the pattern for predikat organisasi {organisasi}</source>
        <translation>Predikat pegawai dibandingkan dengan pola untuk predikat organisasi {organisasi}</translation>
    </message>
    <message>
        <source>Predikat of the employees</source>
        <translation>Predikat pegawai</translation>
    </message>
    <message>
        <source>Employees (n = {n})</source>
        <translation>Pegawai (n = {n})</translation>
    </message>
    <message>
        <source>Range of the {organisasi} pattern (R-CURVE)</source>
        <translation>Rentang pola {organisasi} (R-CURVE)</translation>
    </message>
    <message>
        <source>None allowed</source>
        <translation>Tidak boleh ada</translation>
    </message>
    <message>
        <source>largest group</source>
        <translation>kelompok terbesar</translation>
    </message>
    <message>
        <source>Nearest distribution that fits</source>
        <translation>Distribusi terdekat yang sesuai</translation>
    </message>
    <message>
        <source>Fits the distribution pattern.</source>
        <translation>Sesuai pola distribusi.</translation>
    </message>
    <message>
        <source>Does not fit the distribution pattern (a consideration for the leader, not a rule).</source>
        <translation>Tidak sesuai pola distribusi (pertimbangan bagi pimpinan, bukan aturan).</translation>
    </message>
    <message>
        <source>No predikat kinerja organisasi: the distribution cannot be compared with a pattern.</source>
        <translation>Belum ada predikat kinerja organisasi: distribusi tidak dapat dibandingkan dengan pola.</translation>
    </message>
    <message>
        <source>Nobody has a final rating yet.</source>
        <translation>Belum ada penilaian final.</translation>
    </message>
    <message>
        <source>At least one employee {group}</source>
        <translation>Minimal satu pegawai {group}</translation>
    </message>
    <message>
        <source>or</source>
        <translation>atau</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>jumlah SKP</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>jumlah temuan</translation>
    </message>
    <message>
        <source>people concerned</source>
        <translation>jumlah pegawai terkait</translation>
    </message>
    <message>
        <source>{unit}: {title}</source>
        <translation>{unit}: {title}</translation>
    </message>
</context>
<context>
    <name>DialogKinerja</name>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>DialogKinerjaDialog</name>
    <message>
        <source>New dialog kinerja</source>
        <translation>Dialog kinerja baru</translation>
    </message>
    <message>
        <source>Dialog kinerja</source>
        <translation>Dialog kinerja</translation>
    </message>
    <message>
        <source>Dialog kinerja on the plan of {name} ({year}).</source>
        <translation>Dialog kinerja atas SKP {name} ({year}).</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>e.g. Klarifikasi ekspektasi, kendala data TW2</source>
        <translation>mis. Klarifikasi ekspektasi, kendala data TW2</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>T&amp;opik:</translation>
    </message>
    <message>
        <source>What both sides agreed to do, by when</source>
        <translation>Apa yang disepakati kedua pihak, dan kapan</translation>
    </message>
    <message>
        <source>Agreed &amp;follow-up:</source>
        <translation>Tindak &amp;lanjut yang disepakati:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Place, medium, who else took part (optional)</source>
        <translation>Tempat, media, siapa lagi yang hadir (opsional)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>A dialog that has not been held yet stays “{planned}”.</source>
        <translation>Dialog yang belum dilaksanakan tetap berstatus “{planned}”.</translation>
    </message>
    <message>
        <source>Recorded by {name}: only they change its content. You may move the status on.</source>
        <translation>Dicatat oleh {name}: hanya ia yang dapat mengubah isinya. Anda dapat memperbarui statusnya.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Si&amp;mpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>DialogKinerjaSection</name>
    <message>
        <source>A dialog kinerja may be held at any time, from the klarifikasi ekspektasi on, at either side's initiative. The pegawai or the pejabat penilai records it; either of them moves the agreed follow-up on.</source>
        <translation>Dialog kinerja dapat dilakukan kapan saja, sejak klarifikasi ekspektasi, atas inisiatif salah satu pihak. Pegawai atau pejabat penilai mencatatnya; keduanya dapat memperbarui status tindak lanjut yang disepakati.</translation>
    </message>
    <message>
        <source>&amp;Add dialog…</source>
        <translation>&amp;Tambah dialog…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Ubah &amp;status</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Agreed follow-up</source>
        <translation>Tindak lanjut yang disepakati</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>No dialog kinerja recorded for this plan yet.</source>
        <translation>Belum ada dialog kinerja yang dicatat untuk SKP ini.</translation>
    </message>
    <message>
        <source>Only the pegawai and their pejabat penilai record a dialog kinerja on a plan.</source>
        <translation>Hanya pegawai dan pejabat penilai kinerjanya yang mencatat dialog kinerja atas SKP.</translation>
    </message>
    <message>
        <source>Record a dialog kinerja held or planned.</source>
        <translation>Catat dialog kinerja yang sudah atau akan dilaksanakan.</translation>
    </message>
    <message>
        <source>Select a dialog first.</source>
        <translation>Pilih dialog terlebih dahulu.</translation>
    </message>
    <message>
        <source>Open the dialog: Enter</source>
        <translation>Buka dialog: Enter</translation>
    </message>
    <message>
        <source>Only {name}, who recorded it, deletes it.</source>
        <translation>Hanya {name}, yang mencatatnya, yang dapat menghapusnya.</translation>
    </message>
    <message>
        <source>Add dialog kinerja</source>
        <translation>Tambah dialog kinerja</translation>
    </message>
    <message>
        <source>Edit dialog kinerja</source>
        <translation>Ubah dialog kinerja</translation>
    </message>
    <message>
        <source>Set dialog kinerja status</source>
        <translation>Ubah status dialog kinerja</translation>
    </message>
    <message>
        <source>Delete dialog kinerja</source>
        <translation>Hapus dialog kinerja</translation>
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
        <source>Your SKP is in order and nobody is waiting for you. You may record progress and bukti dukung in Monitoring, or see how your results serve your unit's goals.</source>
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
        <source>Check the NIP against the employee's SK; a digit may be missing or extra.</source>
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
        <source>"{value}" is not a known golongan ruang or pangkat.</source>
        <translation>"{value}" bukan golongan ruang atau pangkat yang dikenal.</translation>
    </message>
    <message>
        <source>Write it as III/a, or as the pangkat name (Penata Muda).</source>
        <translation>Tulis seperti III/a, atau nama pangkatnya (Penata Muda).</translation>
    </message>
    <message>
        <source>"{value}" is not a known jenjang jabatan.</source>
        <translation>"{value}" bukan jenjang jabatan yang dikenal.</translation>
    </message>
    <message>
        <source>Use a jenjang such as Ahli Pertama, Terampil, Pengawas or JPT Pratama.</source>
        <translation>Gunakan jenjang seperti Ahli Pertama, Terampil, Pengawas, atau JPT Pratama.</translation>
    </message>
    <message>
        <source>"{value}" is not an allowed value for {kind}.</source>
        <translation>"{value}" bukan nilai yang diizinkan untuk {kind}.</translation>
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
        <source>Nothing was overwritten. Restore the latest backup: skpdesk restore "{latest_backup}".</source>
        <translation>Tidak ada yang ditimpa. Pulihkan cadangan terakhir: skpdesk restore "{latest_backup}".</translation>
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
        <source>The workspace {path} has an older schema ({revision}) and cannot be read without updating it.</source>
        <translation>Ruang kerja {path} memakai skema lama ({revision}) dan tidak dapat dibaca sebelum diperbarui.</translation>
    </message>
    <message>
        <source>Open it in SKP Desk once (it is updated after a backup), then try again.</source>
        <translation>Buka sekali di SKP Desk (ruang kerja diperbarui setelah dicadangkan), lalu coba lagi.</translation>
    </message>
    <message>
        <source>{path} is not an SKP Desk backup that can be restored.</source>
        <translation>{path} bukan cadangan SKP Desk yang dapat dipulihkan.</translation>
    </message>
    <message>
        <source>Choose a file from the workspace's backups folder. Nothing was changed.</source>
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
        <source>Choose one of the person's roles, or ask the BKPSDM to grant this role.</source>
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
        <source>This is another employee's {kind}; only its owner may change it.</source>
        <translation>Ini {kind} milik pegawai lain; hanya pemiliknya yang boleh mengubahnya.</translation>
    </message>
    <message>
        <source>Open your own, or switch to the person it belongs to. Nothing was changed.</source>
        <translation>Buka milik Anda sendiri, atau beralih ke pengguna pemiliknya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Only the plan's pejabat penilai kinerja may do this.</source>
        <translation>Hanya pejabat penilai kinerja atas SKP ini yang dapat melakukannya.</translation>
    </message>
    <message>
        <source>Ask the employee's atasan langsung (or the Plt/Plh acting for them). Nothing was changed.</source>
        <translation>Hubungi atasan langsung pegawai tersebut (atau Plt/Plh yang menggantikannya). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{name} already has an SKP for {year} in this jabatan.</source>
        <translation>{name} sudah memiliki SKP {year} untuk jabatan ini.</translation>
    </message>
    <message>
        <source>Open the existing plan and continue it. Nothing was changed.</source>
        <translation>Buka SKP yang sudah ada dan lanjutkan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The plan is {status}; it cannot be {action} now.</source>
        <translation>Status SKP {status}; tindakan {action} tidak dapat dilakukan sekarang.</translation>
    </message>
    <message>
        <source>Refresh the screen to see the plan's current stage. Nothing was changed.</source>
        <translation>Muat ulang layar untuk melihat keadaan SKP terkini. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The plan is {status} and cannot be edited by you now.</source>
        <translation>SKP berstatus {status} dan tidak dapat Anda ubah sekarang.</translation>
    </message>
    <message>
        <source>Ask the reviewer or the pejabat penilai to return it to you (dikembalikan). Nothing was changed.</source>
        <translation>Minta pereviu atau pejabat penilai mengembalikannya kepada Anda. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The plan still has {count} error(s), e.g. {first}.</source>
        <translation>SKP masih memiliki {count} kesalahan, mis. {first}.</translation>
    </message>
    <message>
        <source>Fix the findings marked as errors (warnings may stay), then submit again. Nothing was changed.</source>
        <translation>Perbaiki temuan bertanda kesalahan (peringatan boleh tetap ada), lalu ajukan lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Nobody may review, approve or rate their own plan.</source>
        <translation>Tidak seorang pun boleh mereviu, menetapkan, atau menilai SKP-nya sendiri.</translation>
    </message>
    <message>
        <source>The plan's pejabat penilai kinerja must do it. Nothing was changed.</source>
        <translation>Hal ini harus dilakukan pejabat penilai kinerja SKP tersebut. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{name} has no atasan: the jabatan has no atasan position, or it is vacant.</source>
        <translation>{name} tidak memiliki atasan: jabatannya tidak memiliki jabatan atasan, atau jabatan atasan itu kosong.</translation>
    </message>
    <message>
        <source>Set the atasan position in Organisasi &amp; Pegawai, or name a Plt/Plh for it, then create the plan. Nothing was changed.</source>
        <translation>Tetapkan jabatan atasan di Organisasi &amp; Pegawai, atau tunjuk Plt/Plh-nya, lalu buat SKP. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The atasan ({name}) has no SKP for {year} yet.</source>
        <translation>Atasan ({name}) belum memiliki SKP {year}.</translation>
    </message>
    <message>
        <source>Ask the atasan to draft their plan first (cascading goes top-down), or link the result to an organisation goal for now. Nothing was changed.</source>
        <translation>Minta atasan menyusun SKP-nya lebih dahulu (cascading berjalan dari atas ke bawah), atau untuk sementara kaitkan hasil kerja dengan sasaran organisasi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>There is no {source} to start this plan from.</source>
        <translation>Tidak ada {source} untuk memulai SKP ini.</translation>
    </message>
    <message>
        <source>Choose another starting point or start from an empty plan.</source>
        <translation>Pilih titik awal lain atau mulai dari SKP kosong.</translation>
    </message>
    <message>
        <source>The reviu checklist is not complete: {items}.</source>
        <translation>Daftar periksa reviu belum lengkap: {items}.</translation>
    </message>
    <message>
        <source>Tick or answer every row that must be judged, or return the plan with notes. Nothing was changed.</source>
        <translation>Jawab setiap baris yang harus dinilai, atau kembalikan SKP dengan catatan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The rencana hasil kerja is empty.</source>
        <translation>Rencana hasil kerja masih kosong.</translation>
    </message>
    <message>
        <source>Write the result this work delivers, e.g. "Tersusunnya laporan ... tepat waktu".</source>
        <translation>Tulis hasil yang diberikan pekerjaan ini, mis. "Tersusunnya laporan ... tepat waktu".</translation>
    </message>
    <message>
        <source>The RHK utama "{text}" does not name the atasan's RHK it intervenes.</source>
        <translation>RHK utama "{text}" belum menyebut RHK atasan yang diintervensinya.</translation>
    </message>
    <message>
        <source>Pick the atasan's rencana hasil kerja this result supports (JA/JF, R-CASCADE), or make it an RHK tambahan.</source>
        <translation>Pilih rencana hasil kerja atasan yang didukung hasil ini (JA/JF, R-CASCADE), atau jadikan RHK tambahan.</translation>
    </message>
    <message>
        <source>The chosen RHK is not in the atasan's plan for this year.</source>
        <translation>RHK yang dipilih tidak ada dalam SKP atasan tahun ini.</translation>
    </message>
    <message>
        <source>Pick a result from the atasan's own plan (the list offers only those).</source>
        <translation>Pilih hasil kerja dari SKP atasan sendiri (daftar hanya menawarkan itu).</translation>
    </message>
    <message>
        <source>A result cannot intervene itself or a result below it.</source>
        <translation>Hasil kerja tidak bisa mengintervensi dirinya sendiri atau hasil kerja di bawahnya.</translation>
    </message>
    <message>
        <source>Drop it on a result of the owner's atasan, higher up the tree.</source>
        <translation>Letakkan pada hasil kerja atasan pemiliknya, lebih atas di pohon.</translation>
    </message>
    <message>
        <source>That result belongs to someone who is not this person's atasan.</source>
        <translation>Hasil kerja itu milik orang yang bukan atasan pegawai ini.</translation>
    </message>
    <message>
        <source>An RHK intervenes a result of the owner's own atasan (pejabat penilai) or a goal of the unit or the units above it.</source>
        <translation>RHK mengintervensi hasil kerja atasan pemiliknya sendiri (pejabat penilai) atau sasaran unitnya atau unit di atasnya.</translation>
    </message>
    <message>
        <source>That goal belongs to another unit.</source>
        <translation>Sasaran itu milik unit lain.</translation>
    </message>
    <message>
        <source>Link the RHK to a goal of the owner's unit or of a unit above it.</source>
        <translation>Tautkan RHK ke sasaran unit pemiliknya atau unit di atasnya.</translation>
    </message>
    <message>
        <source>That result or goal belongs to another plan year.</source>
        <translation>Hasil kerja atau sasaran itu milik tahun rencana lain.</translation>
    </message>
    <message>
        <source>Results of one year intervene results and goals of the same year.</source>
        <translation>Hasil kerja suatu tahun mengintervensi hasil kerja dan sasaran tahun yang sama.</translation>
    </message>
    <message>
        <source>That result or goal has been deleted.</source>
        <translation>Hasil kerja atau sasaran itu sudah dihapus.</translation>
    </message>
    <message>
        <source>Refresh the tree (F5) and choose a result that still exists.</source>
        <translation>Muat ulang pohon (F5) dan pilih hasil kerja yang masih ada.</translation>
    </message>
    <message>
        <source>This plan has been ditetapkan.</source>
        <translation>SKP ini sudah ditetapkan.</translation>
    </message>
    <message>
        <source>Changing it marks the plan as changed after penetapan; the pejabat penilai sees the difference. Confirm to go on.</source>
        <translation>Mengubahnya menandai SKP sebagai diubah setelah ditetapkan; pejabat penilai melihat perbedaannya. Konfirmasi untuk melanjutkan.</translation>
    </message>
    <message>
        <source>This plan has been ditetapkan; your role cannot change it.</source>
        <translation>SKP ini sudah ditetapkan; peran Anda tidak bisa mengubahnya.</translation>
    </message>
    <message>
        <source>Ask its owner, the pejabat penilai or the pengelola kinerja to change the link.</source>
        <translation>Minta pemiliknya, pejabat penilai, atau pengelola kinerja mengubah tautannya.</translation>
    </message>
    <message>
        <source>Nobody was chosen to cascade the result to.</source>
        <translation>Belum ada pegawai yang dipilih untuk menerima hasil kerja ini.</translation>
    </message>
    <message>
        <source>Tick at least one person.</source>
        <translation>Centang paling sedikit satu pegawai.</translation>
    </message>
    <message>
        <source>{name} has no plan for this year yet.</source>
        <translation>{name} belum punya SKP tahun ini.</translation>
    </message>
    <message>
        <source>Create the plan first (SKP area, or the missing plans in the checks panel).</source>
        <translation>Buat SKP-nya dulu (area SKP, atau daftar yang belum punya SKP di panel pemeriksaan).</translation>
    </message>
    <message>
        <source>This result has no numeric target to split.</source>
        <translation>Hasil kerja ini tidak punya target angka untuk dibagi.</translation>
    </message>
    <message>
        <source>Give its IKI a numeric target first, or cascade by aspek, wilayah or non-direct.</source>
        <translation>Beri dulu IKI-nya target angka, atau turunkan berdasarkan aspek, wilayah, atau secara tidak langsung.</translation>
    </message>
    <message>
        <source>The split target "{value}" is zero or negative.</source>
        <translation>Target bagian "{value}" nol atau negatif.</translation>
    </message>
    <message>
        <source>Each person's share must be a number above zero.</source>
        <translation>Bagian setiap pegawai harus angka di atas nol.</translation>
    </message>
    <message>
        <source>That node belongs to a unit outside this tree.</source>
        <translation>Simpul itu milik unit di luar pohon ini.</translation>
    </message>
    <message>
        <source>Open the tree of its own unit to change it.</source>
        <translation>Buka pohon unitnya sendiri untuk mengubahnya.</translation>
    </message>
    <message>
        <source>The target "{value}" is not a number.</source>
        <translation>Target "{value}" bukan angka.</translation>
    </message>
    <message>
        <source>In the kuantitatif approach type a number, e.g. 12 or 97,5 (the unit goes in its own field).</source>
        <translation>Pada pendekatan kuantitatif ketik angka, mis. 12 atau 97,5 (satuannya pada isian tersendiri).</translation>
    </message>
    <message>
        <source>The target {value} has no unit.</source>
        <translation>Target {value} belum memiliki satuan.</translation>
    </message>
    <message>
        <source>Type the unit of the target, e.g. dokumen, laporan, %, hari.</source>
        <translation>Ketik satuan target, mis. dokumen, laporan, %, hari.</translation>
    </message>
    <message>
        <source>The document could not be written to {path} ({reason}).</source>
        <translation>Dokumen tidak dapat ditulis ke {path} ({reason}).</translation>
    </message>
    <message>
        <source>Choose another folder, close the file if another program has it open, and try again.</source>
        <translation>Pilih folder lain, tutup berkas bila sedang dibuka program lain, lalu coba lagi.</translation>
    </message>
    <message>
        <source>No SKP found for NIP {nip} in {year}.</source>
        <translation>Tidak ada SKP untuk NIP {nip} pada tahun {year}.</translation>
    </message>
    <message>
        <source>Check the NIP and the year; the plan must exist in this workspace.</source>
        <translation>Periksa NIP dan tahunnya; SKP harus ada di ruang kerja ini.</translation>
    </message>
    <message>
        <source>The plan is {status}: it has not been set (ditetapkan) yet.</source>
        <translation>SKP ini berstatus {status}: belum ditetapkan.</translation>
    </message>
    <message>
        <source>Umpan balik and ratings start once the pejabat penilai has set the plan. Nothing was changed.</source>
        <translation>Umpan balik dan penilaian dimulai setelah pejabat penilai menetapkan SKP. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>"{periode}" is not an evaluation period of the {year} plan year.</source>
        <translation>"{periode}" bukan periode evaluasi tahun SKP {year}.</translation>
    </message>
    <message>
        <source>Choose one of: {allowed}. Nothing was changed.</source>
        <translation>Pilih salah satu: {allowed}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{periode} lies outside this plan's dates ({start} to {end}).</source>
        <translation>{periode} berada di luar masa SKP ini ({start} sampai {end}).</translation>
    </message>
    <message>
        <source>A plan that starts or ends during the year is rated only for the periods it covers. Nothing was changed.</source>
        <translation>SKP yang dimulai atau berakhir di tengah tahun hanya dinilai untuk periode yang dicakupnya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{periode} has not ended yet: it ends on {end}.</source>
        <translation>{periode} belum berakhir: periode ini berakhir pada {end}.</translation>
    </message>
    <message>
        <source>Rate it from {first_day} on; until then, give umpan balik. Nothing was changed.</source>
        <translation>Nilailah mulai {first_day}; sampai saat itu, berikan umpan balik. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Nobody writes umpan balik on their own plan.</source>
        <translation>Tidak seorang pun menulis umpan balik atas SKP-nya sendiri.</translation>
    </message>
    <message>
        <source>Record your realisasi and bukti dukung instead; umpan balik comes from your atasan, colleagues and subordinates. Nothing was changed.</source>
        <translation>Catat realisasi dan bukti dukung Anda; umpan balik datang dari atasan, rekan kerja, dan bawahan Anda. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>In the organisation you are not {name}'s atasan, colleague or subordinate.</source>
        <translation>Dalam organisasi, Anda bukan atasan, rekan kerja, atau bawahan {name}.</translation>
    </message>
    <message>
        <source>Umpan balik comes from the pejabat penilai and the leaders above, from colleagues under the same atasan and from subordinates. Check the positions in Organisasi &amp; Pegawai. Nothing was changed.</source>
        <translation>Umpan balik datang dari pejabat penilai dan pimpinan di atasnya, dari rekan kerja dengan atasan yang sama, dan dari bawahan. Periksa jabatan di Organisasi &amp; Pegawai. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Umpan balik must be about one rencana hasil kerja of this plan or one BerAKHLAK value ({reason}).</source>
        <translation>Umpan balik harus mengenai satu rencana hasil kerja dalam SKP ini atau satu nilai BerAKHLAK ({reason}).</translation>
    </message>
    <message>
        <source>Choose the RHK or the value it is about. Nothing was changed.</source>
        <translation>Pilih RHK atau nilai yang dimaksud. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The umpan balik is empty.</source>
        <translation>Umpan balik masih kosong.</translation>
    </message>
    <message>
        <source>Write what you observed and the bukti dukung it rests on. Nothing was changed.</source>
        <translation>Tulis apa yang Anda amati dan bukti dukung yang mendasarinya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Only the pegawai and their pejabat penilai kinerja record a dialog kinerja on a plan.</source>
        <translation>Hanya pegawai dan pejabat penilai kinerjanya yang mencatat dialog kinerja pada SKP.</translation>
    </message>
    <message>
        <source>Ask one of them to record it. Nothing was changed.</source>
        <translation>Minta salah satu dari mereka untuk mencatatnya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The dialog kinerja has no topic.</source>
        <translation>Dialog kinerja belum memiliki topik.</translation>
    </message>
    <message>
        <source>Write what was (or will be) discussed. Nothing was changed.</source>
        <translation>Tulis apa yang dibahas (atau akan dibahas). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>A dialog kinerja dated {held_on} has not been held yet.</source>
        <translation>Dialog kinerja bertanggal {held_on} belum dilaksanakan.</translation>
    </message>
    <message>
        <source>Keep its status Planned until it has been held, or correct the date. Nothing was changed.</source>
        <translation>Biarkan berstatus Direncanakan sampai dilaksanakan, atau perbaiki tanggalnya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Nobody rates their own plan.</source>
        <translation>Tidak seorang pun menilai SKP-nya sendiri.</translation>
    </message>
    <message>
        <source>The plan's pejabat penilai kinerja rates it. Nothing was changed.</source>
        <translation>Pejabat penilai kinerja atas SKP ini yang menilainya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The {periode} rating is final.</source>
        <translation>Penilaian {periode} sudah final.</translation>
    </message>
    <message>
        <source>Reopen it first (the reopening is recorded), then change it. Nothing was changed.</source>
        <translation>Buka kembali dahulu (pembukaan kembali dicatat), lalu ubah. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The {periode} rating is still a draft.</source>
        <translation>Penilaian {periode} masih berupa draf.</translation>
    </message>
    <message>
        <source>A keberatan can be filed, and a rating reopened, only once the rating is final. Nothing was changed.</source>
        <translation>Keberatan hanya dapat diajukan, dan penilaian hanya dapat dibuka kembali, setelah penilaian final. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>A keberatan was filed on the {periode} rating; it cannot be reopened.</source>
        <translation>Keberatan telah diajukan atas penilaian {periode}; penilaian itu tidak dapat dibuka kembali.</translation>
    </message>
    <message>
        <source>The atasan of the pejabat penilai decides the keberatan, and that decision is final. Nothing was changed.</source>
        <translation>Atasan pejabat penilai memutuskan keberatan itu, dan keputusannya final. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The predikat kinerja organisasi of {unit} for {year} ({periode}) has not been set.</source>
        <translation>Predikat kinerja organisasi {unit} untuk {year} ({periode}) belum ditetapkan.</translation>
    </message>
    <message>
        <source>The rating hasil kerja of the unit's leader comes from it: ask the leader of the organisation above to set it, then rate. Nothing was changed.</source>
        <translation>Rating hasil kerja pimpinan unit berasal dari predikat itu: minta pimpinan organisasi di atasnya menetapkannya, lalu nilai. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The rating hasil kerja of a unit's leader follows the predikat kinerja organisasi ({predikat} gives {rating}).</source>
        <translation>Rating hasil kerja pimpinan unit mengikuti predikat kinerja organisasi ({predikat} menjadi {rating}).</translation>
    </message>
    <message>
        <source>Leave the rating hasil kerja as it is; how the predikat organisasi maps to a rating is a workspace setting. Nothing was changed.</source>
        <translation>Biarkan rating hasil kerja apa adanya; padanan predikat organisasi ke rating adalah pengaturan ruang kerja. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The time for a keberatan has passed: the result was received on {received} and the last day was {last_day}.</source>
        <translation>Batas waktu keberatan telah lewat: hasil penilaian diterima pada {received} dan hari terakhirnya {last_day}.</translation>
    </message>
    <message>
        <source>A keberatan is filed within {days} days of receiving the result. Nothing was changed.</source>
        <translation>Keberatan diajukan paling lambat {days} hari setelah hasil penilaian diterima. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>A keberatan on this rating, filed on {filed_on}, is still waiting for a decision.</source>
        <translation>Keberatan atas penilaian ini, yang diajukan pada {filed_on}, masih menunggu keputusan.</translation>
    </message>
    <message>
        <source>Wait for the decision of the atasan of the pejabat penilai. Nothing was changed.</source>
        <translation>Tunggu keputusan atasan pejabat penilai. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The keberatan on this rating was decided ({decision}) on {decided_on}; it is final.</source>
        <translation>Keberatan atas penilaian ini telah diputuskan ({decision}) pada {decided_on}; keputusan itu final.</translation>
    </message>
    <message>
        <source>See the plan's keberatan history. Nothing was changed.</source>
        <translation>Lihat riwayat keberatan SKP ini. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The keberatan has no reasons.</source>
        <translation>Keberatan belum memuat alasan.</translation>
    </message>
    <message>
        <source>Write why you object to the rating and the bukti dukung you rely on. Nothing was changed.</source>
        <translation>Tulis alasan Anda keberatan atas penilaian itu dan bukti dukung yang Anda jadikan dasar. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Only the atasan of the pejabat penilai ({position}) decides this keberatan.</source>
        <translation>Hanya atasan pejabat penilai ({position}) yang memutuskan keberatan ini.</translation>
    </message>
    <message>
        <source>Ask the holder of that position, or its Plt/Plh. Nothing was changed.</source>
        <translation>Minta pemegang jabatan itu, atau Plt/Plh-nya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The pejabat penilai's position ({position}) has no atasan in this workspace, so nobody here can decide the keberatan.</source>
        <translation>Jabatan pejabat penilai ({position}) tidak memiliki atasan dalam ruang kerja ini, sehingga tidak ada yang dapat memutuskan keberatan di sini.</translation>
    </message>
    <message>
        <source>Set the atasan position in Organisasi &amp; Pegawai. Nothing was changed.</source>
        <translation>Tetapkan jabatan atasan di Organisasi &amp; Pegawai. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>An accepted keberatan must change the rating, but the new ratings are the same.</source>
        <translation>Keberatan yang diterima harus mengubah penilaian, tetapi rating barunya sama.</translation>
    </message>
    <message>
        <source>Choose the new ratings, or reject the keberatan with a note. Nothing was changed.</source>
        <translation>Pilih rating yang baru, atau tolak keberatan itu dengan catatan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The keberatan decision has no note.</source>
        <translation>Keputusan keberatan belum memuat catatan.</translation>
    </message>
    <message>
        <source>Write why the keberatan is accepted or rejected; the pegawai reads it. Nothing was changed.</source>
        <translation>Tulis alasan keberatan diterima atau ditolak; pegawai akan membacanya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The evaluation period {periode} {year} is locked: nothing more can be recorded in it.</source>
        <translation>Periode penilaian {periode} {year} sudah dikunci: tidak ada lagi yang dapat dicatat di dalamnya.</translation>
    </message>
    <message>
        <source>Ask the pengelola kinerja to reopen it if an entry is missing. Nothing was changed.</source>
        <translation>Minta pengelola kinerja membukanya kembali jika ada isian yang belum masuk. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The evaluation period {periode} {year} is locked already.</source>
        <translation>Periode penilaian {periode} {year} sudah dikunci.</translation>
    </message>
    <message>
        <source>Refresh the list of periods. Nothing was changed.</source>
        <translation>Muat ulang daftar periode. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The evaluation period {periode} {year} is open already.</source>
        <translation>Periode penilaian {periode} {year} sudah terbuka.</translation>
    </message>
    <message>
        <source>A reason is needed to reopen {periode} {year}.</source>
        <translation>Alasan diperlukan untuk membuka kembali {periode} {year}.</translation>
    </message>
    <message>
        <source>Write why it is reopened (e.g. which entries are missing); the reason stays in the period's history. Nothing was changed.</source>
        <translation>Tuliskan mengapa periode dibuka kembali (misalnya isian mana yang belum masuk); alasannya tersimpan dalam riwayat periode. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{count} entries of the {year} plan year are recorded in periods the new frequency does not have ({periodes}).</source>
        <translation>{count} isian tahun rencana {year} tercatat pada periode yang tidak ada dalam frekuensi baru ({periodes}).</translation>
    </message>
    <message>
        <source>Keep the current frequency, or remove those entries first. Nothing was changed.</source>
        <translation>Pertahankan frekuensi saat ini, atau hapus dahulu isian tersebut. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Realisasi, rencana aksi and bukti dukung are recorded once the pejabat penilai has set the plan. Nothing was changed.</source>
        <translation>Realisasi, rencana aksi, dan bukti dukung dicatat setelah pejabat penilai menetapkan SKP. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Choose the RHK or the IKI this entry belongs to.</source>
        <translation>Pilih RHK atau IKI untuk isian ini.</translation>
    </message>
    <message>
        <source>Pick one row of the plan (an IKI together with its own RHK). Nothing was changed.</source>
        <translation>Pilih satu baris SKP (IKI bersama RHK-nya sendiri). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>In the kuantitatif approach realisasi is recorded per IKI, not for the RHK as a whole.</source>
        <translation>Pada pendekatan kuantitatif, realisasi dicatat per IKI, bukan untuk RHK secara keseluruhan.</translation>
    </message>
    <message>
        <source>Choose one of the RHK's IKI and type its realisasi. Nothing was changed.</source>
        <translation>Pilih salah satu IKI dari RHK tersebut dan ketik realisasinya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The realisasi is empty.</source>
        <translation>Realisasi masih kosong.</translation>
    </message>
    <message>
        <source>Type the number achieved (e.g. 12 or 12,5) or, in the kualitatif approach, describe what was achieved. Nothing was changed.</source>
        <translation>Ketik angka yang dicapai (misalnya 12 atau 12,5) atau, pada pendekatan kualitatif, uraikan apa yang dicapai. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The realisasi "{value}" is not a number of zero or more.</source>
        <translation>Realisasi "{value}" bukan angka nol atau lebih.</translation>
    </message>
    <message>
        <source>Type a number such as 12 or 12,5 (the unit goes in its own field). Nothing was changed.</source>
        <translation>Ketik angka seperti 12 atau 12,5 (satuan diisi pada kolomnya sendiri). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The realisasi {value} has no unit, and the IKI's target has none either.</source>
        <translation>Realisasi {value} tidak bersatuan, dan target IKI-nya juga tidak.</translation>
    </message>
    <message>
        <source>Type the unit, e.g. dokumen, laporan, %, hari. Nothing was changed.</source>
        <translation>Ketik satuannya, misalnya dokumen, laporan, %, hari. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The rencana aksi is empty.</source>
        <translation>Rencana aksi masih kosong.</translation>
    </message>
    <message>
        <source>Write what will be done for the RHK in this period, e.g. "Menyusun draf laporan triwulan". Nothing was changed.</source>
        <translation>Tuliskan apa yang akan dikerjakan untuk RHK pada periode ini, misalnya "Menyusun draf laporan triwulan". Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} adalah folder, bukan berkas.</translation>
    </message>
    <message>
        <source>Choose one file; attach several files one by one, or compress the folder into one file.</source>
        <translation>Pilih satu berkas; lampirkan beberapa berkas satu per satu, atau kompres folder menjadi satu berkas.</translation>
    </message>
    <message>
        <source>{path} cannot be read (it does not exist, or access is denied).</source>
        <translation>{path} tidak dapat dibaca (berkas tidak ada, atau akses ditolak).</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may open it, then try again. Nothing was attached.</source>
        <translation>Pastikan berkas ada dan Anda berhak membukanya, lalu coba lagi. Tidak ada yang dilampirkan.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes).</source>
        <translation>{path} kosong (0 bita).</translation>
    </message>
    <message>
        <source>Choose the file that holds the bukti dukung. Nothing was attached.</source>
        <translation>Pilih berkas yang berisi bukti dukung. Tidak ada yang dilampirkan.</translation>
    </message>
    <message>
        <source>{name} is {size}, more than the {limit} allowed for one bukti dukung file.</source>
        <translation>{name} berukuran {size}, melebihi batas {limit} untuk satu berkas bukti dukung.</translation>
    </message>
    <message>
        <source>Make the file smaller (compress or split it), or ask the BKPSDM to raise the limit in Settings. Nothing was attached.</source>
        <translation>Perkecil berkasnya (kompres atau pecah), atau minta BKPSDM menaikkan batasnya di Pengaturan. Tidak ada yang dilampirkan.</translation>
    </message>
    <message>
        <source>The stored file of {name} is not in the workspace's attachments folder.</source>
        <translation>Berkas tersimpan dari {name} tidak ada di folder lampiran ruang kerja.</translation>
    </message>
    <message>
        <source>It may still arrive with a bundle from the computer that attached it; otherwise attach the file again.</source>
        <translation>Berkas mungkin masih akan datang bersama paket dari komputer yang melampirkannya; jika tidak, lampirkan berkas itu lagi.</translation>
    </message>
    <message>
        <source>The stored file of {name} has changed since it was attached (its checksum differs).</source>
        <translation>Berkas tersimpan dari {name} telah berubah sejak dilampirkan (checksum-nya berbeda).</translation>
    </message>
    <message>
        <source>Attach the original file again; never edit files inside the attachments folder.</source>
        <translation>Lampirkan lagi berkas aslinya; jangan pernah mengubah berkas di dalam folder lampiran.</translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>{path} bukan buku kerja Excel (.xlsx) yang dapat dibaca.</translation>
    </message>
    <message>
        <source>Save the sheet as an Excel Workbook (.xlsx) and choose it again. Nothing was imported.</source>
        <translation>Simpan lembar kerja sebagai Excel Workbook (.xlsx) lalu pilih lagi. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The sheet has no column(s) {missing} in its first rows.</source>
        <translation>Lembar kerja tidak memiliki kolom {missing} pada baris-baris awalnya.</translation>
    </message>
    <message>
        <source>Use the e-Kinerja daily progress layout: Rencana Aksi, Tanggal, Jam Mulai, Jam Selesai, Kegiatan Harian, Realisasi, Satuan, Bukti Dukung. Nothing was imported.</source>
        <translation>Gunakan format progress harian e-Kinerja: Rencana Aksi, Tanggal, Jam Mulai, Jam Selesai, Kegiatan Harian, Realisasi, Satuan, Bukti Dukung. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The sheet has no progress rows under its header.</source>
        <translation>Lembar kerja tidak memiliki baris progress di bawah judul kolomnya.</translation>
    </message>
    <message>
        <source>Choose the file that holds the daily progress. Nothing was imported.</source>
        <translation>Pilih berkas yang berisi progress harian. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The sheet does not say whose progress it is (no NIP).</source>
        <translation>Lembar kerja tidak menyebutkan progress milik siapa (tidak ada NIP).</translation>
    </message>
    <message>
        <source>Choose the employee before importing, or add a NIP column. Nothing was imported.</source>
        <translation>Pilih pegawainya sebelum mengimpor, atau tambahkan kolom NIP. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>No employee with NIP {nip} is in this workspace.</source>
        <translation>Tidak ada pegawai dengan NIP {nip} di ruang kerja ini.</translation>
    </message>
    <message>
        <source>Check the NIP, or add the employee in Organisasi &amp; Pegawai first. Nothing was imported.</source>
        <translation>Periksa NIP-nya, atau tambahkan dahulu pegawainya di Organisasi &amp; Pegawai. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>None of the sheet's rows can be imported.</source>
        <translation>Tidak satu pun baris lembar kerja dapat diimpor.</translation>
    </message>
    <message>
        <source>The preview says why for each row. Nothing was imported.</source>
        <translation>Pratinjau menjelaskan alasannya untuk setiap baris. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>"{value}" is not a rating.</source>
        <translation>"{value}" bukan rating yang dikenal.</translation>
    </message>
    <message>
        <source>Use di-atas, sesuai or di-bawah (or Di Atas Ekspektasi, Sesuai Ekspektasi, Di Bawah Ekspektasi).</source>
        <translation>Gunakan di-atas, sesuai atau di-bawah (atau Di Atas Ekspektasi, Sesuai Ekspektasi, Di Bawah Ekspektasi).</translation>
    </message>
    <message>
        <source>"{value}" is not a predikat kinerja pegawai.</source>
        <translation>"{value}" bukan predikat kinerja pegawai.</translation>
    </message>
    <message>
        <source>Use sangat-baik, baik, butuh-perbaikan (or cukup), kurang or sangat-kurang.</source>
        <translation>Gunakan sangat-baik, baik, butuh-perbaikan (atau cukup), kurang atau sangat-kurang.</translation>
    </message>
    <message>
        <source>"{value}" is not a predikat kinerja organisasi.</source>
        <translation>"{value}" bukan predikat kinerja organisasi.</translation>
    </message>
    <message>
        <source>Use istimewa, baik, butuh-perbaikan, kurang or sangat-kurang.</source>
        <translation>Gunakan istimewa, baik, butuh-perbaikan, kurang atau sangat-kurang.</translation>
    </message>
    <message>
        <source>"{part}" is not of the form KEY=NUMBER.</source>
        <translation>"{part}" tidak berbentuk KUNCI=ANGKA.</translation>
    </message>
    <message>
        <source>Write the counts as SB=2,B=10,BP=1,K=0,SK=0.</source>
        <translation>Tulis jumlahnya seperti SB=2,B=10,BP=1,K=0,SK=0.</translation>
    </message>
    <message>
        <source>"{key}" is not a predikat.</source>
        <translation>"{key}" bukan predikat.</translation>
    </message>
    <message>
        <source>Use SB, B, BP, K and SK (or sangat-baik, baik, butuh-perbaikan, kurang, sangat-kurang).</source>
        <translation>Gunakan SB, B, BP, K dan SK (atau sangat-baik, baik, butuh-perbaikan, kurang, sangat-kurang).</translation>
    </message>
    <message>
        <source>The count for {key} is given more than once.</source>
        <translation>Jumlah untuk {key} diberikan lebih dari sekali.</translation>
    </message>
    <message>
        <source>Give each predikat once.</source>
        <translation>Tulis setiap predikat satu kali saja.</translation>
    </message>
    <message>
        <source>"{value}" is not a number of people (for {key}).</source>
        <translation>"{value}" bukan jumlah pegawai (untuk {key}).</translation>
    </message>
    <message>
        <source>Give a whole number, 0 or more.</source>
        <translation>Isi dengan bilangan bulat, 0 atau lebih.</translation>
    </message>
    <message>
        <source>No employees are counted: every count is zero or missing.</source>
        <translation>Tidak ada pegawai yang dihitung: semua jumlah nol atau tidak diisi.</translation>
    </message>
    <message>
        <source>Give the number of employees per predikat, e.g. SB=2,B=10,BP=1.</source>
        <translation>Isi jumlah pegawai per predikat, misalnya SB=2,B=10,BP=1.</translation>
    </message>
    <message>
        <source>"{value}" is not a jenjang of a jabatan fungsional.</source>
        <translation>"{value}" bukan jenjang jabatan fungsional.</translation>
    </message>
    <message>
        <source>Angka kredit applies to jabatan fungsional: use Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama, Pemula, Terampil, Mahir or Penyelia.</source>
        <translation>Angka kredit berlaku untuk jabatan fungsional: gunakan Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama, Pemula, Terampil, Mahir atau Penyelia.</translation>
    </message>
    <message>
        <source>"{value}" is not a number of months from 1 to 12.</source>
        <translation>"{value}" bukan jumlah bulan antara 1 sampai 12.</translation>
    </message>
    <message>
        <source>Give the whole months the predikat covers, e.g. 12 for a year or 3 for a triwulan.</source>
        <translation>Isi jumlah bulan penuh yang dicakup predikat, misalnya 12 untuk satu tahun atau 3 untuk satu triwulan.</translation>
    </message>
    <message>
        <source>The periods add up to {total} months; a year has 12.</source>
        <translation>Jumlah periodenya {total} bulan; satu tahun hanya 12 bulan.</translation>
    </message>
    <message>
        <source>Check the periods: each month of the year counts once.</source>
        <translation>Periksa periodenya: setiap bulan dalam setahun hanya dihitung sekali.</translation>
    </message>
    <message>
        <source>"{value}" is not an amount of angka kredit.</source>
        <translation>"{value}" bukan nilai angka kredit.</translation>
    </message>
    <message>
        <source>Give a number, 0 or more, e.g. 37.5.</source>
        <translation>Isi dengan angka, 0 atau lebih, misalnya 37,5.</translation>
    </message>
    <message>
        <source>The workspace has no plan year {year}.</source>
        <translation>Ruang kerja ini tidak memiliki tahun rencana {year}.</translation>
    </message>
    <message>
        <source>Choose one of its plan years: {years}.</source>
        <translation>Pilih salah satu tahun rencananya: {years}.</translation>
    </message>
    <message>
        <source>{name} has no rating for {periode} {year} yet: rating hasil kerja, rating perilaku and predikat are missing.</source>
        <translation>{name} belum dinilai untuk {periode} {year}: rating hasil kerja, rating perilaku, dan predikat belum ada.</translation>
    </message>
    <message>
        <source>The pejabat penilai rates the period first; or print a worksheet instead, marked "belum dinilai". No file was written.</source>
        <translation>Pejabat penilai menilai periode itu terlebih dahulu; atau cetak lembar kerja yang bertanda "belum dinilai". Tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>The SKP of {name} is {status}: it has not been set (ditetapkan), so it has no evaluation.</source>
        <translation>SKP {name} berstatus {status}: belum ditetapkan, sehingga belum ada evaluasinya.</translation>
    </message>
    <message>
        <source>An evaluation document is made for a ditetapkan plan. No file was written.</source>
        <translation>Dokumen evaluasi dibuat untuk SKP yang sudah ditetapkan. Tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>"{value}" is not a period such as 2025/AKHIR or 2025/TW1.</source>
        <translation>"{value}" bukan periode seperti 2025/AKHIR atau 2025/TW1.</translation>
    </message>
    <message>
        <source>Write the year, a slash and the period: TW1–TW4, AKHIR, SEMESTER-1, SEMESTER-2 or BULAN-01 to BULAN-12.</source>
        <translation>Tulis tahun, garis miring, lalu periodenya: TW1–TW4, AKHIR, SEMESTER-1, SEMESTER-2, atau BULAN-01 sampai BULAN-12.</translation>
    </message>
    <message>
        <source>{unit} has no SKP plans in {year}.</source>
        <translation>{unit} tidak memiliki SKP pada tahun {year}.</translation>
    </message>
    <message>
        <source>Choose another unit or year. No file was written.</source>
        <translation>Pilih unit atau tahun lain. Tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>The jabatan of {name} ({jabatan}) is not a jabatan fungsional: it earns no angka kredit.</source>
        <translation>Jabatan {name} ({jabatan}) bukan jabatan fungsional: tidak memperoleh angka kredit.</translation>
    </message>
    <message>
        <source>Angka kredit is reported for jabatan fungsional (Ahli and Keterampilan jenjang). No file was written.</source>
        <translation>Angka kredit dilaporkan untuk jabatan fungsional (jenjang keahlian dan keterampilan). Tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>{unit} has no jabatan fungsional with an SKP in {year}.</source>
        <translation>{unit} tidak memiliki jabatan fungsional dengan SKP pada tahun {year}.</translation>
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
    <name>EvaluationDocuments</name>
    <message>
        <source>&amp;Evaluation document (PDF)…</source>
        <translation>Dokumen &amp;Evaluasi (PDF)…</translation>
    </message>
    <message>
        <source>The Evaluasi Kinerja Pegawai of the chosen pegawai and period, with the unit's curve.</source>
        <translation>Evaluasi Kinerja Pegawai dari pegawai dan periode yang dipilih, dengan kurva unitnya.</translation>
    </message>
    <message>
        <source>Evaluation documents of a &amp;unit…</source>
        <translation>Dokumen evaluasi satu &amp;unit…</translation>
    </message>
    <message>
        <source>&amp;Ratings of the unit as Excel…</source>
        <translation>&amp;Penilaian unit ke Excel…</translation>
    </message>
    <message>
        <source>&amp;Angka kredit report…</source>
        <translation>Laporan &amp;angka kredit…</translation>
    </message>
    <message>
        <source>Choose a pegawai and an evaluation period in the list first.</source>
        <translation>Pilih dulu pegawai dan periode evaluasi di daftar.</translation>
    </message>
    <message>
        <source>Save the evaluation document</source>
        <translation>Simpan dokumen evaluasi</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>Print a worksheet instead? Every rating cell reads "BELUM DINILAI" and every page is marked, so it cannot pass for the signed document.</source>
        <translation>Cetak lembar kerja saja? Setiap kolom penilaian berisi "BELUM DINILAI" dan setiap halaman diberi tanda, sehingga tidak dapat dikira dokumen yang ditandatangani.</translation>
    </message>
    <message>
        <source>Print &amp;worksheet</source>
        <translation>Cetak &amp;lembar kerja</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Ratings of a unit as Excel</source>
        <translation>Penilaian satu unit ke Excel</translation>
    </message>
    <message>
        <source>Save the ratings of {unit}</source>
        <translation>Simpan penilaian {unit}</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Evaluation documents</source>
        <translation>Dokumen evaluasi</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Menulis {name}…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <source>Stopped; nothing was saved.</source>
        <translation>Dihentikan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation>(pilih unit)</translation>
    </message>
    <message>
        <source>Choose &amp;unit…</source>
        <translation>Pilih &amp;unit…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Tahun</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Lanjut…</translation>
    </message>
    <message>
        <source>Choose a unit, a year and a period.</source>
        <translation>Pilih unit, tahun, dan periode.</translation>
    </message>
    <message>
        <source>Evaluation documents of a unit</source>
        <translation>Dokumen evaluasi satu unit</translation>
    </message>
    <message>
        <source>(choose a folder)</source>
        <translation>(pilih folder)</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Pilih &amp;folder…</translation>
    </message>
    <message>
        <source>Save into</source>
        <translation>Simpan ke</translation>
    </message>
    <message>
        <source>Also print periods not rated yet, marked "BELUM DINILAI" (worksheets)</source>
        <translation>Cetak juga periode yang belum dinilai, bertanda "BELUM DINILAI" (lembar kerja)</translation>
    </message>
    <message>
        <source>&amp;Write the PDFs</source>
        <translation>&amp;Tulis PDF</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Choose the folder to save into first.</source>
        <translation>Pilih dulu folder tujuan.</translation>
    </message>
    <message>
        <source>Reading the plans…</source>
        <translation>Membaca SKP…</translation>
    </message>
    <message>
        <source>{done} of {total} plans done…</source>
        <translation>{done} dari {total} SKP selesai…</translation>
    </message>
    <message>
        <source>{n} PDF files written to {folder}.</source>
        <translation>{n} berkas PDF ditulis ke {folder}.</translation>
    </message>
    <message>
        <source>{n} plans skipped (listed below).</source>
        <translation>{n} SKP dilewati (daftar di bawah).</translation>
    </message>
    <message>
        <source>Stopped. The files already written are kept; none is half-written.</source>
        <translation>Dihentikan. Berkas yang sudah ditulis tetap ada; tidak ada yang setengah jadi.</translation>
    </message>
    <message>
        <source>Angka kredit report</source>
        <translation>Laporan angka kredit</translation>
    </message>
    <message>
        <source>Angka kredit of jabatan fungsional from the final predikat: per period, the year and the total in the jenjang, against what kenaikan pangkat and kenaikan jenjang need (R-AK).</source>
        <translation>Angka kredit jabatan fungsional dari predikat final: per periode, per tahun, dan kumulatif dalam jenjang, dibandingkan dengan kebutuhan kenaikan pangkat dan kenaikan jenjang (R-AK).</translation>
    </message>
    <message>
        <source>&amp;Pegawai: {name}</source>
        <translation>&amp;Pegawai: {name}</translation>
    </message>
    <message>
        <source>&amp;Pegawai (choose one in the list)</source>
        <translation>&amp;Pegawai (pilih di daftar)</translation>
    </message>
    <message>
        <source>&amp;Unit: {name}</source>
        <translation>&amp;Unit: {name}</translation>
    </message>
    <message>
        <source>Choose u&amp;nit…</source>
        <translation>Pilih u&amp;nit…</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Simpan…</translation>
    </message>
    <message>
        <source>Choose a unit first.</source>
        <translation>Pilih unit terlebih dahulu.</translation>
    </message>
    <message>
        <source>The workspace has no plan year yet.</source>
        <translation>Ruang kerja belum memiliki tahun SKP.</translation>
    </message>
    <message>
        <source>Save the angka kredit report</source>
        <translation>Simpan laporan angka kredit</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Enter opens the file, Delete removes it</source>
        <translation>Enter membuka berkas, Del menghapusnya</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Lampirkan…</translation>
    </message>
    <message>
        <source>Choose files to attach as bukti dukung of the chosen row</source>
        <translation>Pilih berkas untuk dilampirkan sebagai bukti dukung baris yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Open the file with the system's viewer (Enter)</source>
        <translation>Buka berkas dengan penampil bawaan sistem (Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Remove the file from the plan (Delete); it can be restored, and Ctrl+Z undoes it</source>
        <translation>Hapus berkas dari rencana (Del); berkas dapat dipulihkan, dan Ctrl+Z membatalkannya</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>Bring a removed file back</source>
        <translation>Kembalikan berkas yang sudah dihapus</translation>
    </message>
    <message>
        <source>Show removed</source>
        <translation>Tampilkan yang dihapus</translation>
    </message>
    <message>
        <source>Up to {limit} per file, set by your instansi.</source>
        <translation>Maksimal {limit} per berkas, ditetapkan oleh instansi Anda.</translation>
    </message>
    <message>
        <source>Drag files from the file manager onto a row of the table or onto this list to attach them.</source>
        <translation>Seret berkas dari pengelola berkas ke baris tabel atau ke daftar ini untuk melampirkannya.</translation>
    </message>
    <message>
        <source>Choose an RHK or IKI in the table to see its bukti dukung.</source>
        <translation>Pilih RHK atau IKI di tabel untuk melihat bukti dukungnya.</translation>
    </message>
    <message>
        <source>Bukti dukung of {row}</source>
        <translation>Bukti dukung {row}</translation>
    </message>
    <message>
        <source>{name} (removed)</source>
        <translation>{name} (dihapus)</translation>
    </message>
    <message>
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <source>the RHK itself</source>
        <translation>RHK itu sendiri</translation>
    </message>
    <message>
        <source>IKI {n}</source>
        <translation>IKI {n}</translation>
    </message>
    <message>
        <source>IKI</source>
        <translation>IKI</translation>
    </message>
    <message>
        <source>For: {target}</source>
        <translation>Untuk: {target}</translation>
    </message>
    <message>
        <source>No bukti dukung yet. Drag files here, or use Attach…</source>
        <translation>Belum ada bukti dukung. Seret berkas ke sini, atau pakai Lampirkan…</translation>
    </message>
    <message>
        <source>No bukti dukung in this period.</source>
        <translation>Tidak ada bukti dukung pada periode ini.</translation>
    </message>
    <message>
        <source>Attached by {who} on {date}</source>
        <translation>Dilampirkan oleh {who} pada {date}</translation>
    </message>
    <message>
        <source>Attached on {date}</source>
        <translation>Dilampirkan pada {date}</translation>
    </message>
    <message>
        <source>The file is not in this workspace yet: it may still be on its way with the next synchronisation.</source>
        <translation>Berkas belum ada di ruang kerja ini: mungkin masih dalam perjalanan bersama sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Membuat pratinjau…</translation>
    </message>
    <message>
        <source>No preview for this type: open it with the system viewer.</source>
        <translation>Tidak ada pratinjau untuk jenis ini: buka dengan penampil bawaan sistem.</translation>
    </message>
    <message>
        <source>This file cannot be read as a PDF, so there is no preview.</source>
        <translation>Berkas ini tidak dapat dibaca sebagai PDF, jadi tidak ada pratinjau.</translation>
    </message>
    <message>
        <source>This file cannot be read as an image, so there is no preview.</source>
        <translation>Berkas ini tidak dapat dibaca sebagai gambar, jadi tidak ada pratinjau.</translation>
    </message>
    <message numerus="yes">
        <source>First page of %n page(s).</source>
        <translation>
            <numerusform>Halaman pertama dari %n halaman.</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview could be made.</source>
        <translation>Pratinjau tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Attach bukti dukung</source>
        <translation>Lampirkan bukti dukung</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Hapus {name}</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>Pulihkan {name}</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Superior</source>
        <translation>Atasan</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Rekan kerja</translation>
    </message>
    <message>
        <source>Subordinate</source>
        <translation>Bawahan</translation>
    </message>
    <message>
        <source>Higher leader</source>
        <translation>Pimpinan di atasnya</translation>
    </message>
    <message>
        <source>Choose a plan to see its umpan balik and dialog kinerja.</source>
        <translation>Pilih SKP untuk melihat umpan balik dan dialog kinerjanya.</translation>
    </message>
    <message>
        <source>The pejabat penilai gives umpan balik on each RHK and each BerAKHLAK value. Notes from colleagues, subordinates and higher leaders (360°) are evidence for the pejabat penilai, not a score: they do not count towards the rating (R-LIFECYCLE).</source>
        <translation>Pejabat penilai memberikan umpan balik atas setiap RHK dan setiap nilai BerAKHLAK. Catatan dari rekan kerja, bawahan, dan pimpinan di atasnya (360°) adalah bukti bagi pejabat penilai, bukan nilai: catatan itu tidak dihitung dalam penilaian (R-LIFECYCLE).</translation>
    </message>
    <message>
        <source>&amp;Give umpan balik…</source>
        <translation>&amp;Beri umpan balik…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>About / from</source>
        <translation>Tentang / dari</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Sebagai</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Umpan balik</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Tentang:</translation>
    </message>
    <message>
        <source>&amp;What you observed, and the bukti dukung it rests on:</source>
        <translation>&amp;Apa yang Anda amati, dan bukti dukung yang mendasarinya:</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>&amp;Simpan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Bata&amp;l</translation>
    </message>
    <message>
        <source>U&amp;mpan balik ({n})</source>
        <translation>U&amp;mpan balik ({n})</translation>
    </message>
    <message>
        <source>Dialog &amp;kinerja ({n})</source>
        <translation>Dialog &amp;kinerja ({n})</translation>
    </message>
    <message>
        <source>This plan has no period {periode}: the notes of the whole year are shown.</source>
        <translation>SKP ini tidak memiliki periode {periode}: ditampilkan catatan sepanjang tahun.</translation>
    </message>
    <message>
        <source>Umpan balik and dialog kinerja: {name}</source>
        <translation>Umpan balik dan dialog kinerja: {name}</translation>
    </message>
    <message>
        <source>the whole year {year}</source>
        <translation>sepanjang tahun {year}</translation>
    </message>
    <message>
        <source>{jabatan}, {unit}</source>
        <translation>{jabatan}, {unit}</translation>
    </message>
    <message>
        <source>Pejabat penilai: {name}</source>
        <translation>Pejabat penilai: {name}</translation>
    </message>
    <message>
        <source>Showing: {periode}</source>
        <translation>Ditampilkan: {periode}</translation>
    </message>
    <message>
        <source>This plan is not ditetapkan yet: umpan balik starts once it is (R-LIFECYCLE phase 2). A dialog kinerja may be recorded already.</source>
        <translation>SKP ini belum ditetapkan: umpan balik dimulai setelah SKP ditetapkan (R-LIFECYCLE tahap 2). Dialog kinerja sudah dapat dicatat.</translation>
    </message>
    <message>
        <source>{periode} is locked: its umpan balik can no longer be added or changed.</source>
        <translation>{periode} sudah dikunci: umpan baliknya tidak dapat lagi ditambah atau diubah.</translation>
    </message>
    <message>
        <source>This is your own plan</source>
        <translation>Ini SKP Anda sendiri</translation>
    </message>
    <message>
        <source>You have no relation to this plan</source>
        <translation>Anda tidak memiliki hubungan kerja dengan pemilik SKP ini</translation>
    </message>
    <message>
        <source>You write as the pejabat penilai</source>
        <translation>Anda menulis sebagai pejabat penilai</translation>
    </message>
    <message>
        <source>You write as: {relation} (a 360° note)</source>
        <translation>Anda menulis sebagai: {relation} (catatan 360°)</translation>
    </message>
    <message>
        <source>Sign in as a person to give umpan balik: a note always has an author.</source>
        <translation>Masuk sebagai pegawai untuk memberi umpan balik: setiap catatan memiliki penulis.</translation>
    </message>
    <message>
        <source>Nobody writes umpan balik on their own plan.</source>
        <translation>Tidak seorang pun menulis umpan balik atas SKP-nya sendiri.</translation>
    </message>
    <message>
        <source>You are not {name}'s atasan, colleague, subordinate or higher leader in the organisation, so you cannot give umpan balik on this plan.</source>
        <translation>Dalam organisasi, Anda bukan atasan, rekan kerja, bawahan, atau pimpinan di atas {name}, sehingga tidak dapat memberi umpan balik atas SKP ini.</translation>
    </message>
    <message>
        <source>Switch to your atasan role to give umpan balik as pejabat penilai.</source>
        <translation>Beralih ke peran atasan untuk memberi umpan balik sebagai pejabat penilai.</translation>
    </message>
    <message>
        <source>Your current role does not give 360° notes.</source>
        <translation>Peran Anda saat ini tidak memberi catatan 360°.</translation>
    </message>
    <message>
        <source>Umpan balik starts once the plan is ditetapkan.</source>
        <translation>Umpan balik dimulai setelah SKP ditetapkan.</translation>
    </message>
    <message>
        <source>{periode} is locked.</source>
        <translation>{periode} sudah dikunci.</translation>
    </message>
    <message>
        <source>Rencana hasil kerja (RHK): umpan balik of the pejabat penilai</source>
        <translation>Rencana hasil kerja (RHK): umpan balik pejabat penilai</translation>
    </message>
    <message>
        <source>Tambahan {n}</source>
        <translation>Tambahan {n}</translation>
    </message>
    <message>
        <source>Utama {n}</source>
        <translation>Utama {n}</translation>
    </message>
    <message>
        <source>(RHK deleted)</source>
        <translation>(RHK dihapus)</translation>
    </message>
    <message>
        <source>Perilaku kerja (BerAKHLAK): umpan balik of the pejabat penilai</source>
        <translation>Perilaku kerja (BerAKHLAK): umpan balik pejabat penilai</translation>
    </message>
    <message>
        <source>General notes of the atasan (older records)</source>
        <translation>Catatan umum atasan (catatan lama)</translation>
    </message>
    <message>
        <source>360° notes from colleagues, subordinates and higher leaders: evidence, not a score</source>
        <translation>Catatan 360° dari rekan kerja, bawahan, dan pimpinan di atasnya: bukti, bukan nilai</translation>
    </message>
    <message>
        <source>No 360° notes yet.</source>
        <translation>Belum ada catatan 360°.</translation>
    </message>
    <message>
        <source>{subject} — no umpan balik yet</source>
        <translation>{subject} — belum ada umpan balik</translation>
    </message>
    <message>
        <source>On {subject}: {text}</source>
        <translation>Tentang {subject}: {text}</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <source>Your note: Enter or F2 edits it, Delete removes it.</source>
        <translation>Catatan Anda: Enter atau F2 untuk mengubah, Del untuk menghapus.</translation>
    </message>
    <message>
        <source>RHK “{text}”</source>
        <translation>RHK “{text}”</translation>
    </message>
    <message>
        <source>an RHK</source>
        <translation>sebuah RHK</translation>
    </message>
    <message>
        <source>Write umpan balik on the selected RHK or value.</source>
        <translation>Tulis umpan balik atas RHK atau nilai yang dipilih.</translation>
    </message>
    <message>
        <source>Select one of your notes first.</source>
        <translation>Pilih salah satu catatan Anda terlebih dahulu.</translation>
    </message>
    <message>
        <source>Only the author edits or deletes a note.</source>
        <translation>Hanya penulisnya yang dapat mengubah atau menghapus catatan.</translation>
    </message>
    <message>
        <source>The plan as a whole</source>
        <translation>SKP secara keseluruhan</translation>
    </message>
    <message>
        <source>RHK: {text}</source>
        <translation>RHK: {text}</translation>
    </message>
    <message>
        <source>BerAKHLAK: {name}</source>
        <translation>BerAKHLAK: {name}</translation>
    </message>
    <message>
        <source>New umpan balik</source>
        <translation>Umpan balik baru</translation>
    </message>
    <message>
        <source>Written as {relation} for {periode}, dated today. Ctrl+Enter saves, Escape cancels.</source>
        <translation>Ditulis sebagai {relation} untuk {periode}, bertanggal hari ini. Ctrl+Enter menyimpan, Escape membatalkan.</translation>
    </message>
    <message>
        <source>Edit your umpan balik</source>
        <translation>Ubah umpan balik Anda</translation>
    </message>
    <message>
        <source>Given on {date} for {periode}. Ctrl+Enter saves, Escape cancels.</source>
        <translation>Diberikan pada {date} untuk {periode}. Ctrl+Enter menyimpan, Escape membatalkan.</translation>
    </message>
    <message>
        <source>Give umpan balik</source>
        <translation>Beri umpan balik</translation>
    </message>
    <message>
        <source>Edit umpan balik</source>
        <translation>Ubah umpan balik</translation>
    </message>
    <message>
        <source>Delete umpan balik</source>
        <translation>Hapus umpan balik</translation>
    </message>
</context>
<context>
    <name>Files</name>
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
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Pilih</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
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
</context>
<context>
    <name>Findings</name>
    <message>
        <source>The plan has no RHK utama yet.</source>
        <translation>SKP belum memiliki RHK utama.</translation>
    </message>
    <message>
        <source>This RHK has no IKI with a target (kuantitatif) or no ukuran keberhasilan (kualitatif).</source>
        <translation>RHK ini belum memiliki IKI bertarget (kuantitatif) atau ukuran keberhasilan (kualitatif).</translation>
    </message>
    <message>
        <source>The target "{value}" is not a number: type a number such as 12 or 97,5.</source>
        <translation>Target "{value}" bukan angka: ketik angka seperti 12 atau 97,5.</translation>
    </message>
    <message>
        <source>The target {value} has no unit (dokumen, laporan, %, hari …).</source>
        <translation>Target {value} belum memiliki satuan (dokumen, laporan, %, hari …).</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Import progress from e-Kinerja</source>
        <translation>Impor realisasi dari e-Kinerja</translation>
    </message>
    <message>
        <source>The daily-progress sheet of e-Kinerja (.xlsx): Rencana Aksi, Tanggal, Jam Mulai, Jam Selesai, Kegiatan Harian, Realisasi, Satuan, Bukti Dukung. Each row's Rencana Aksi is matched to an IKI, a rencana aksi or an RHK of the plan; its Tanggal chooses the period. The day's Realisasi of one IKI and period are added up and replace what is recorded.</source>
        <translation>Lembar progres harian e-Kinerja (.xlsx): Rencana Aksi, Tanggal, Jam Mulai, Jam Selesai, Kegiatan Harian, Realisasi, Satuan, Bukti Dukung. Rencana Aksi setiap baris dicocokkan dengan IKI, rencana aksi, atau RHK rencana; Tanggal-nya menentukan periode. Realisasi harian satu IKI dalam satu periode dijumlahkan dan menggantikan yang sudah tercatat.</translation>
    </message>
    <message>
        <source>Choose the .xlsx file</source>
        <translation>Pilih berkas .xlsx</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>Whose rows these are when the sheet has no NIP column and no NIP above its header (empty: yours)</source>
        <translation>Pemilik baris-baris ini bila lembar tidak memuat kolom NIP dan tidak ada NIP di atas judulnya (kosong: Anda)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Pra&amp;tinjau</translation>
    </message>
    <message>
        <source>&amp;NIP:</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>IKI / RHK</source>
        <translation>IKI / RHK</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Menggantikan</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Rencana Aksi</source>
        <translation>Rencana Aksi</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>To be recorded</source>
        <translation>Akan dicatat</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds; nothing is written before Import.</source>
        <translation>Pilih berkas untuk melihat isinya; tidak ada yang ditulis sebelum Impor.</translation>
    </message>
    <message>
        <source>e-Kinerja daily-progress sheet</source>
        <translation>Lembar progres harian e-Kinerja</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose the .xlsx file first.</source>
        <translation>Pilih berkas .xlsx terlebih dahulu.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Membaca {name}…</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: {rows} rows. {matched} rows give {items} realisasi to record; {skipped} rows are skipped.</source>
        <translation>{file}, lembar {sheet}: {rows} baris. {matched} baris menghasilkan {items} realisasi untuk dicatat; {skipped} baris dilewati.</translation>
    </message>
    <message>
        <source>To be recorded ({n})</source>
        <translation>Akan dicatat ({n})</translation>
    </message>
    <message>
        <source>Skipped ({n})</source>
        <translation>Dilewati ({n})</translation>
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
        <source>Printing a whole OPD's documents at once.</source>
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
        <source>Opening the workspace…</source>
        <translation>Membuka ruang kerja…</translation>
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
    <name>Monitoring</name>
    <message>
        <source>IKI: {text}</source>
        <translation>IKI: {text}</translation>
    </message>
    <message>
        <source>RHK / IKI</source>
        <translation>RHK / IKI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>The target set in the plan (R-IKI)</source>
        <translation>Target yang ditetapkan dalam rencana (R-IKI)</translation>
    </message>
    <message>
        <source>What was achieved in this period: type it, Enter saves, Escape cancels</source>
        <translation>Capaian pada periode ini: ketikkan, Enter menyimpan, Escape membatalkan</translation>
    </message>
    <message>
        <source>The unit of the realisasi (default: the target's unit)</source>
        <translation>Satuan realisasi (bawaan: satuan target)</translation>
    </message>
    <message>
        <source>Bukti dukung files attached in this period</source>
        <translation>Berkas bukti dukung yang dilampirkan pada periode ini</translation>
    </message>
    <message>
        <source>{done}/{total} IKI</source>
        <translation>{done}/{total} IKI</translation>
    </message>
    <message>
        <source>Ukuran keberhasilan: {text}</source>
        <translation>Ukuran keberhasilan: {text}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>seseorang</translation>
    </message>
    <message>
        <source>Imported from e-Kinerja by {who} on {date}</source>
        <translation>Diimpor dari e-Kinerja oleh {who} pada {date}</translation>
    </message>
    <message>
        <source>Recorded by {who} on {date}</source>
        <translation>Dicatat oleh {who} pada {date}</translation>
    </message>
    <message>
        <source>Drop files on this row to attach them as bukti dukung</source>
        <translation>Letakkan berkas pada baris ini untuk melampirkannya sebagai bukti dukung</translation>
    </message>
    <message>
        <source>RHK tambahan {n}</source>
        <translation>RHK tambahan {n}</translation>
    </message>
    <message>
        <source>RHK utama {n}</source>
        <translation>RHK utama {n}</translation>
    </message>
</context>
<context>
    <name>MonitoringEvidence</name>
    <message>
        <source>Storing {name}…</source>
        <translation>Menyimpan {name}…</translation>
    </message>
    <message>
        <source>Attaching bukti dukung</source>
        <translation>Melampirkan bukti dukung</translation>
    </message>
    <message>
        <source>Storing {name} ({n} of {total})…</source>
        <translation>Menyimpan {name} ({n} dari {total})…</translation>
    </message>
    <message>
        <source>Attach {name}</source>
        <translation>Lampirkan {name}</translation>
    </message>
</context>
<context>
    <name>MonitoringFiles</name>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Archive {kind}</source>
        <translation>Arsip {kind}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>MonitoringImport</name>
    <message>
        <source>empty row</source>
        <translation>baris kosong</translation>
    </message>
    <message>
        <source>the Tanggal is not a date</source>
        <translation>Tanggal bukan tanggal yang sah</translation>
    </message>
    <message>
        <source>no NIP in the row</source>
        <translation>baris tidak memuat NIP</translation>
    </message>
    <message>
        <source>the NIP is not an employee of this workspace</source>
        <translation>NIP bukan pegawai di ruang kerja ini</translation>
    </message>
    <message>
        <source>no plan covers the date</source>
        <translation>tidak ada rencana yang mencakup tanggal itu</translation>
    </message>
    <message>
        <source>the plan is not ditetapkan yet</source>
        <translation>rencana belum ditetapkan</translation>
    </message>
    <message>
        <source>names no RHK, IKI or rencana aksi of the plan</source>
        <translation>tidak menyebut RHK, IKI, atau rencana aksi mana pun dari rencana</translation>
    </message>
    <message>
        <source>fits several RHK or IKI</source>
        <translation>cocok dengan beberapa RHK atau IKI</translation>
    </message>
    <message>
        <source>the Realisasi is not a number</source>
        <translation>Realisasi bukan angka</translation>
    </message>
    <message>
        <source>no Realisasi (kuantitatif plan)</source>
        <translation>tidak ada Realisasi (rencana kuantitatif)</translation>
    </message>
    <message>
        <source>rows of one IKI give different Satuan</source>
        <translation>baris-baris satu IKI memakai Satuan yang berbeda</translation>
    </message>
    <message>
        <source>no Satuan, and the IKI has no unit</source>
        <translation>tidak ada Satuan, dan IKI tidak memiliki satuan</translation>
    </message>
    <message>
        <source>the period is locked</source>
        <translation>periode sudah dikunci</translation>
    </message>
    <message>
        <source>you may not record this plan's progress</source>
        <translation>Anda tidak berwenang mencatat realisasi rencana ini</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Rencana SKP:</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>Peri&amp;ode:</translation>
    </message>
    <message>
        <source>Lock period…</source>
        <translation>Kunci periode…</translation>
    </message>
    <message>
        <source>&amp;Import from e-Kinerja…</source>
        <translation>&amp;Impor dari e-Kinerja…</translation>
    </message>
    <message>
        <source>Read realisasi from the e-Kinerja daily-progress sheet (.xlsx), with a preview first</source>
        <translation>Baca realisasi dari lembar progres harian e-Kinerja (.xlsx), dengan pratinjau terlebih dahulu</translation>
    </message>
    <message>
        <source>Go to SKP</source>
        <translation>Buka area SKP</translation>
    </message>
    <message>
        <source>Bukti dukung</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <source>Rencana aksi</source>
        <translation>Rencana aksi</translation>
    </message>
    <message>
        <source>Realisasi &amp;&amp; bukti dukung</source>
        <translation>Realisasi &amp;&amp; bukti dukung</translation>
    </message>
    <message>
        <source>Umpan balik</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>Periods &amp;&amp; summary</source>
        <translation>Periode &amp;&amp; ringkasan</translation>
    </message>
    <message>
        <source>kualitatif</source>
        <translation>kualitatif</translation>
    </message>
    <message>
        <source>kuantitatif</source>
        <translation>kuantitatif</translation>
    </message>
    <message>
        <source>evaluation due {date}</source>
        <translation>batas evaluasi {date}</translation>
    </message>
    <message>
        <source>locks by itself after {date}</source>
        <translation>terkunci otomatis setelah {date}</translation>
    </message>
    <message>
        <source>Reopen period…</source>
        <translation>Buka kembali periode…</translation>
    </message>
    <message>
        <source>This plan has no RHK yet: its results are drafted in the SKP area.</source>
        <translation>Rencana ini belum memiliki RHK: hasil kerjanya disusun di area SKP.</translation>
    </message>
    <message>
        <source>Write what was achieved in the Realisasi column and press Enter (Escape cancels, Delete clears it). Drag files from the file manager onto a row to attach them as bukti dukung. Ctrl+Z undoes.</source>
        <translation>Tuliskan capaian di kolom Realisasi lalu tekan Enter (Escape membatalkan, Del mengosongkannya). Seret berkas dari pengelola berkas ke sebuah baris untuk melampirkannya sebagai bukti dukung. Ctrl+Z membatalkan.</translation>
    </message>
    <message>
        <source>Type the realisasi of an IKI and press Enter (Escape cancels, Delete clears it). Drag files from the file manager onto a row to attach them as bukti dukung. Ctrl+Z undoes.</source>
        <translation>Ketik realisasi sebuah IKI lalu tekan Enter (Escape membatalkan, Del mengosongkannya). Seret berkas dari pengelola berkas ke sebuah baris untuk melampirkannya sebagai bukti dukung. Ctrl+Z membatalkan.</translation>
    </message>
    <message>
        <source>This SKP is {status}: realisasi, rencana aksi and bukti dukung are recorded once the pejabat penilai has set (ditetapkan) it. Until then the table can be read only.</source>
        <translation>SKP ini berstatus {status}: realisasi, rencana aksi, dan bukti dukung dicatat setelah SKP ditetapkan oleh pejabat penilai. Sampai saat itu tabel hanya dapat dibaca.</translation>
    </message>
    <message>
        <source>Reopen it with “Reopen period…” if entries are missing.</source>
        <translation>Buka kembali dengan “Buka kembali periode…” bila ada isian yang belum masuk.</translation>
    </message>
    <message>
        <source>Ask the pengelola kinerja to reopen it if an entry is missing.</source>
        <translation>Minta pengelola kinerja membukanya kembali bila ada isian yang belum masuk.</translation>
    </message>
    <message>
        <source>{periode} {year} is locked, so it can be read only.</source>
        <translation>{periode} {year} sudah dikunci, sehingga hanya dapat dibaca.</translation>
    </message>
    <message>
        <source>You can read this plan but not record in it: its owner, its pejabat penilai and the pengelola kinerja of its unit record its progress.</source>
        <translation>Anda dapat membaca rencana ini tetapi tidak dapat mencatat di dalamnya: realisasinya dicatat oleh pemiliknya, pejabat penilainya, dan pengelola kinerja unitnya.</translation>
    </message>
    <message>
        <source>{periode} is past {date}: it locks when the workspace is next opened.</source>
        <translation>{periode} sudah melewati {date}: periode ini terkunci saat ruang kerja dibuka berikutnya.</translation>
    </message>
    <message>
        <source>Akhir is the annual evaluation, January to December: record what the year achieved. The periodic realisasi are its evidence; they are not added up (R-PERIODIC).</source>
        <translation>Akhir adalah evaluasi tahunan, Januari sampai Desember: catat capaian sepanjang tahun. Realisasi periodik menjadi buktinya; angkanya tidak dijumlahkan (R-PERIODIC).</translation>
    </message>
    <message>
        <source>Nobody is signed in, so there is nothing to show.</source>
        <translation>Belum ada yang masuk, jadi tidak ada yang dapat ditampilkan.</translation>
    </message>
    <message>
        <source>No plan year is set up yet, so there is nothing to monitor. Once the pengelola kinerja has set up the year and the SKP are drafted and set, their progress is recorded here.</source>
        <translation>Belum ada tahun rencana, jadi belum ada yang dapat dipantau. Setelah pengelola kinerja menyiapkan tahunnya dan SKP disusun serta ditetapkan, realisasinya dicatat di sini.</translation>
    </message>
    <message>
        <source>You have no SKP for {year}. Draft it in the SKP area; once your pejabat penilai has set (ditetapkan) it, you record its realisasi and bukti dukung here.</source>
        <translation>Anda belum memiliki SKP tahun {year}. Susunlah di area SKP; setelah ditetapkan oleh pejabat penilai Anda, realisasi dan bukti dukungnya dicatat di sini.</translation>
    </message>
    <message>
        <source>There are no plans for {year} in your scope.</source>
        <translation>Tidak ada rencana tahun {year} dalam cakupan Anda.</translation>
    </message>
    <message>
        <source>Realisasi, evidence and feedback counted for your scope. {scope}</source>
        <translation>Jumlah realisasi, bukti dukung, dan umpan balik dalam cakupan Anda. {scope}</translation>
    </message>
    <message>
        <source>Bukti dukung ({n})</source>
        <translation>Bukti dukung ({n})</translation>
    </message>
    <message>
        <source>Rencana aksi ({n})</source>
        <translation>Rencana aksi ({n})</translation>
    </message>
    <message>
        <source>Record realisasi</source>
        <translation>Catat realisasi</translation>
    </message>
    <message>
        <source>Change the unit of the realisasi</source>
        <translation>Ubah satuan realisasi</translation>
    </message>
    <message>
        <source>Change the note</source>
        <translation>Ubah catatan</translation>
    </message>
    <message>
        <source>Clear realisasi</source>
        <translation>Kosongkan realisasi</translation>
    </message>
    <message>
        <source>Lock period</source>
        <translation>Kunci periode</translation>
    </message>
    <message>
        <source>Lock {periode} {year}? Nothing more can be recorded in it, in any plan of {year}, until it is reopened.</source>
        <translation>Kunci {periode} {year}? Tidak ada lagi yang dapat dicatat di dalamnya, pada rencana mana pun tahun {year}, sampai dibuka kembali.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Alasan (tidak wajib)</translation>
    </message>
    <message>
        <source>Reopen period</source>
        <translation>Buka kembali periode</translation>
    </message>
    <message>
        <source>Reopen {periode} {year} so entries can be recorded again? Write why: the reason stays in the period's history.</source>
        <translation>Buka kembali {periode} {year} agar isian dapat dicatat lagi? Tuliskan alasannya: alasan tersimpan dalam riwayat periode.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Alasan (wajib)</translation>
    </message>
</context>
<context>
    <name>MonitoringPeriods</name>
    <message>
        <source>Locked (deadline passed)</source>
        <translation>Terkunci (lewat batas)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>Overdue: locks soon</source>
        <translation>Lewat batas: segera terkunci</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Dibuka kembali</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Belum mulai</translation>
    </message>
    <message>
        <source>Past its deadline</source>
        <translation>Lewat batas evaluasi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Locked by itself on {date}, after {until}</source>
        <translation>Terkunci otomatis pada {date}, setelah {until}</translation>
    </message>
    <message>
        <source>the workspace administrator</source>
        <translation>administrator ruang kerja</translation>
    </message>
    <message>
        <source>Locked by {who} on {date}</source>
        <translation>Dikunci oleh {who} pada {date}</translation>
    </message>
    <message>
        <source>Reopened by {who} on {date}</source>
        <translation>Dibuka kembali oleh {who} pada {date}</translation>
    </message>
    <message>
        <source>: {reason}</source>
        <translation>: {reason}</translation>
    </message>
</context>
<context>
    <name>MonitoringPlans</name>
    <message>
        <source>Your SKP</source>
        <translation>SKP Anda</translation>
    </message>
    <message>
        <source>NIP {nip}</source>
        <translation>NIP {nip}</translation>
    </message>
    <message>
        <source>You are the pejabat penilai of this plan.</source>
        <translation>Anda pejabat penilai rencana ini.</translation>
    </message>
    <message>
        <source>Type a name, NIP, jabatan or unit…</source>
        <translation>Ketik nama, NIP, jabatan, atau unit…</translation>
    </message>
</context>
<context>
    <name>MphModel</name>
    <message>
        <source>Person and jabatan</source>
        <translation>Pegawai dan jabatan</translation>
    </message>
    <message>
        <source> (no plan yet)</source>
        <translation> (belum punya SKP)</translation>
    </message>
</context>
<context>
    <name>MphPanel</name>
    <message>
        <source>Atasan</source>
        <translation>Atasan</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>A cell is the result that person delivers for the atasan's result above it. Type to create or reword it; empty it to remove it (Ctrl+Z undoes).</source>
        <translation>Satu sel adalah hasil kerja pegawai itu untuk hasil kerja atasan di atasnya. Ketik untuk membuat atau mengubah kalimatnya; kosongkan untuk menghapusnya (Ctrl+Z membatalkan).</translation>
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
        <source>Your role ({role}) may not change the organisation; the OPD's pengelola kinerja or the BKPSDM may.</source>
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
        <source>You are viewing the organisation as {role}. Changes to units, positions and employees are made by the OPD's pengelola kinerja or the BKPSDM.</source>
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
    <name>PeriodsPanel</name>
    <message>
        <source>Each period locks by itself a few days after its deadline (the grace days are a setting of the instansi); the pengelola kinerja may lock it earlier or reopen it with a reason. A lock holds for every plan of the year.</source>
        <translation>Setiap periode terkunci otomatis beberapa hari setelah batas waktunya (jumlah hari tenggang adalah pengaturan instansi); pengelola kinerja dapat menguncinya lebih awal atau membukanya kembali dengan alasan. Penguncian berlaku untuk semua rencana tahun itu.</translation>
    </message>
    <message>
        <source>Quarterly (TW I–IV)</source>
        <translation>Triwulanan (TW I–IV)</translation>
    </message>
    <message>
        <source>Half-yearly (semester)</source>
        <translation>Semesteran</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <source>&amp;Evaluated:</source>
        <translation>&amp;Dievaluasi:</translation>
    </message>
    <message>
        <source>[L] How often the year is evaluated is your instansi's choice ({rule}), the same for every plan of the year; the pengelola kinerja of the instansi changes it while no realisasi sits in periods the new choice does not have.</source>
        <translation>[L] Seberapa sering tahun ini dievaluasi adalah pilihan instansi Anda ({rule}), sama untuk semua SKP tahun itu; pengelola kinerja instansi mengubahnya selama belum ada realisasi pada periode yang tidak dimiliki pilihan baru.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Evaluation due</source>
        <translation>Batas evaluasi</translation>
    </message>
    <message>
        <source>Locks after</source>
        <translation>Terkunci setelah</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>IKI reported</source>
        <translation>IKI terlapor</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>&amp;Show this period</source>
        <translation>Tampil&amp;kan periode ini</translation>
    </message>
    <message>
        <source>&amp;Lock period…</source>
        <translation>Ku&amp;nci periode…</translation>
    </message>
    <message>
        <source>&amp;Reopen period…</source>
        <translation>&amp;Buka kembali periode…</translation>
    </message>
    <message>
        <source>Evaluation periods of {year}</source>
        <translation>Periode evaluasi tahun {year}</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} dari {total}</translation>
    </message>
    <message>
        <source>Only the pengelola kinerja of the whole instansi changes it.</source>
        <translation>Hanya pengelola kinerja tingkat instansi yang dapat mengubahnya.</translation>
    </message>
    <message>
        <source>Nobody has locked or reopened it.</source>
        <translation>Belum pernah dikunci atau dibuka kembali.</translation>
    </message>
    <message>
        <source>{periode}: {history}</source>
        <translation>{periode}: {history}</translation>
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
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
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
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>changed after approval</source>
        <translation>diubah setelah ditetapkan</translation>
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
        <source>Whoever holds the atasan position (or acts in it as Plt/Plh) is the pejabat penilai of this position's holder.</source>
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
    <name>ProgressView</name>
    <message>
        <source>Drop to attach to {row}</source>
        <translation>Lepaskan untuk melampirkan ke {row}</translation>
    </message>
</context>
<context>
    <name>RatingDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>hasil kerja {hasil}, perilaku {perilaku} → predikat {predikat}</source>
        <translation>hasil kerja {hasil}, perilaku {perilaku} → predikat {predikat}</translation>
    </message>
    <message>
        <source>File a keberatan</source>
        <translation>Ajukan keberatan</translation>
    </message>
    <message>
        <source>{periode} rating: {rating}.</source>
        <translation>Penilaian {periode}: {rating}.</translation>
    </message>
    <message>
        <source>You may file it until {date}: {days} days after receiving the result (R-DEADLINES). The atasan of your pejabat penilai hears both sides and decides; the decision is final.</source>
        <translation>Anda dapat mengajukannya sampai {date}: {days} hari sejak hasil penilaian diterima (R-DEADLINES). Atasan pejabat penilai Anda mendengar kedua pihak lalu memutuskan; keputusannya final.</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Why you object to the rating, and the bukti dukung you rely on.</source>
        <translation>Mengapa Anda keberatan atas penilaian ini, dan bukti dukung yang Anda jadikan dasar.</translation>
    </message>
    <message>
        <source>File the keberatan</source>
        <translation>Ajukan keberatan</translation>
    </message>
    <message>
        <source>Decide the keberatan</source>
        <translation>Putuskan keberatan</translation>
    </message>
    <message>
        <source>{name} objects to the {periode} rating (filed {date}).</source>
        <translation>{name} keberatan atas penilaian {periode} (diajukan {date}).</translation>
    </message>
    <message>
        <source>Reasons: {reasons}</source>
        <translation>Alasan: {reasons}</translation>
    </message>
    <message>
        <source>The rating now: {rating}.</source>
        <translation>Penilaian saat ini: {rating}.</translation>
    </message>
    <message>
        <source>Hear both sides before deciding. Decide by {date} (a workspace setting). The decision is final: it cannot be changed or reopened afterwards.</source>
        <translation>Dengarkan kedua pihak sebelum memutuskan. Putuskan paling lambat {date} (pengaturan ruang kerja). Keputusannya final: tidak dapat diubah atau dibuka kembali sesudahnya.</translation>
    </message>
    <message>
        <source>&amp;Reject: the rating stays as it is</source>
        <translation>&amp;Tolak: penilaian tetap seperti semula</translation>
    </message>
    <message>
        <source>&amp;Accept and change the rating</source>
        <translation>T&amp;erima dan ubah penilaian</translation>
    </message>
    <message>
        <source>New rating &amp;hasil kerja</source>
        <translation>Rating &amp;hasil kerja baru</translation>
    </message>
    <message>
        <source>New rating &amp;perilaku</source>
        <translation>Rating &amp;perilaku baru</translation>
    </message>
    <message>
        <source>The rating hasil kerja of a unit's leader follows the predikat kinerja organisasi (R-ORG-PREDIKAT): only the rating perilaku can change.</source>
        <translation>Rating hasil kerja pimpinan unit mengikuti predikat kinerja organisasi (R-ORG-PREDIKAT): hanya rating perilaku yang dapat diubah.</translation>
    </message>
    <message>
        <source>&amp;Note for the pegawai and the pejabat penilai:</source>
        <translation>&amp;Catatan untuk pegawai dan pejabat penilai:</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Putuskan</translation>
    </message>
    <message>
        <source>New predikat: {predikat}</source>
        <translation>Predikat baru: {predikat}</translation>
    </message>
    <message>
        <source>Predikat kinerja organisasi</source>
        <translation>Predikat kinerja organisasi</translation>
    </message>
    <message>
        <source>Set by the leader of the organisation above, from the achievement of the Perjanjian Kinerja and the expectations placed on the unit (R-ORG-PREDIKAT). It chooses the distribution pattern of the unit's employees (R-CURVE) and gives the rating hasil kerja of the unit's leader. The latest one set counts.</source>
        <translation>Ditetapkan oleh pimpinan organisasi di atasnya, berdasarkan capaian Perjanjian Kinerja dan ekspektasi terhadap unit (R-ORG-PREDIKAT). Predikat ini menentukan pola distribusi predikat pegawai unit (R-CURVE) dan menjadi rating hasil kerja pimpinan unit. Yang terakhir dicatat yang berlaku.</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>{periode} {year}</source>
        <translation>{periode} {year}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>&amp;Predikat:</source>
        <translation>&amp;Predikat:</translation>
    </message>
    <message>
        <source>The basis, e.g. the capaian of the PK (optional)</source>
        <translation>Dasarnya, misalnya capaian PK (boleh kosong)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catat</translation>
    </message>
</context>
<context>
    <name>RatingEvidence</name>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>RHK / IKI</source>
        <translation>RHK / IKI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Bukti</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Realisasi and bukti dukung</source>
        <translation>Realisasi dan bukti dukung</translation>
    </message>
    <message>
        <source>About / note</source>
        <translation>Tentang / catatan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Umpan balik</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>The annual rating is set on its own from the year's evidence. The periodic predikat are shown as evidence and are never averaged into it (R-PERIODIC).</source>
        <translation>Penilaian tahunan ditetapkan tersendiri berdasarkan bukti sepanjang tahun. Predikat periodik ditampilkan sebagai bukti dan tidak pernah dirata-ratakan menjadi predikat tahunan (R-PERIODIC).</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Hasil kerja</source>
        <translation>Hasil kerja</translation>
    </message>
    <message>
        <source>Perilaku</source>
        <translation>Perilaku</translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Periodic ratings</source>
        <translation>Penilaian periodik</translation>
    </message>
    <message>
        <source>the whole year</source>
        <translation>sepanjang tahun</translation>
    </message>
    <message>
        <source>this period</source>
        <translation>periode ini</translation>
    </message>
    <message>
        <source>Realisasi in {scope}: {reported} of {indicators} IKI reported ({rows} entries), {results_reported} of {results} RHK; {files} bukti dukung file(s).</source>
        <translation>Realisasi {scope}: {reported} dari {indicators} IKI dilaporkan ({rows} entri), {results_reported} dari {results} RHK; {files} berkas bukti dukung.</translation>
    </message>
    <message>
        <source>Umpan balik: {atasan} from the pejabat penilai (on {rhk} RHK and {values} BerAKHLAK values), {peers} 360° note(s) — evidence, not a score. Dialog kinerja: {dialogs} ({open} not finished).</source>
        <translation>Umpan balik: {atasan} dari pejabat penilai (atas {rhk} RHK dan {values} nilai BerAKHLAK), {peers} catatan 360° — bukti, bukan skor. Dialog kinerja: {dialogs} ({open} belum selesai).</translation>
    </message>
    <message>
        <source>Utama</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>Tambahan</source>
        <translation>Tambahan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>The plan has no RHK.</source>
        <translation>SKP ini belum memiliki RHK.</translation>
    </message>
    <message>
        <source>No periodic rating yet.</source>
        <translation>Belum ada penilaian periodik.</translation>
    </message>
    <message>
        <source>From the pejabat penilai, per RHK</source>
        <translation>Dari pejabat penilai, per RHK</translation>
    </message>
    <message>
        <source>From the pejabat penilai, per BerAKHLAK value</source>
        <translation>Dari pejabat penilai, per nilai BerAKHLAK</translation>
    </message>
    <message>
        <source>360° notes (peers, subordinates, others): evidence only</source>
        <translation>Catatan 360° (rekan, bawahan, lainnya): hanya sebagai bukti</translation>
    </message>
    <message>
        <source>Dialog kinerja</source>
        <translation>Dialog kinerja</translation>
    </message>
    <message>
        <source>{topic} — follow-up: {follow_up} ({status})</source>
        <translation>{topic} — tindak lanjut: {follow_up} ({status})</translation>
    </message>
    <message>
        <source>Umpan balik ({n})</source>
        <translation>Umpan balik ({n})</translation>
    </message>
</context>
<context>
    <name>RatingForm</name>
    <message>
        <source>Rating &amp;hasil kerja</source>
        <translation>Rating &amp;hasil kerja</translation>
    </message>
    <message>
        <source>Rating &amp;perilaku kerja</source>
        <translation>Rating &amp;perilaku kerja</translation>
    </message>
    <message>
        <source>Predikat kinerja pegawai:</source>
        <translation>Predikat kinerja pegawai:</translation>
    </message>
    <message>
        <source>The predikat follows the 3×3 matrix from the two ratings (R-MATRIX); nobody types it.</source>
        <translation>Predikat mengikuti matriks 3×3 dari kedua rating (R-MATRIX); tidak diketik oleh siapa pun.</translation>
    </message>
    <message>
        <source>&amp;Note (catatan / rekomendasi):</source>
        <translation>&amp;Catatan / rekomendasi:</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Simpan draf</translation>
    </message>
    <message>
        <source>Save the rating as a draft (Ctrl+S)</source>
        <translation>Simpan penilaian sebagai draf (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finalkan…</translation>
    </message>
    <message>
        <source>Make the rating final: the pegawai receives it (Ctrl+Enter)</source>
        <translation>Jadikan penilaian final: pegawai menerimanya (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Buka kembali…</translation>
    </message>
    <message>
        <source>Make a final rating a draft again (the reopening is recorded)</source>
        <translation>Jadikan penilaian final kembali draf (pembukaan kembali dicatat)</translation>
    </message>
    <message>
        <source>Distribution in the unit (R-CURVE)</source>
        <translation>Distribusi di unit (R-CURVE)</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Record predikat &amp;organisasi…</source>
        <translation>Catat predikat &amp;organisasi…</translation>
    </message>
    <message>
        <source>The leader of the organisation above records the unit's predikat kinerja organisasi (R-ORG-PREDIKAT)</source>
        <translation>Pimpinan organisasi di atasnya mencatat predikat kinerja organisasi unit (R-ORG-PREDIKAT)</translation>
    </message>
    <message>
        <source>Keberatan (R-FOLLOWUP)</source>
        <translation>Keberatan (R-FOLLOWUP)</translation>
    </message>
    <message>
        <source>File a k&amp;eberatan…</source>
        <translation>Ajukan k&amp;eberatan…</translation>
    </message>
    <message>
        <source>Dec&amp;ide the keberatan…</source>
        <translation>Putusk&amp;an keberatan…</translation>
    </message>
    <message>
        <source>No keberatan has been filed on this plan's ratings.</source>
        <translation>Belum ada keberatan atas penilaian SKP ini.</translation>
    </message>
    <message>
        <source>{periode}: filed on {date} by {name}</source>
        <translation>{periode}: diajukan {date} oleh {name}</translation>
    </message>
    <message>
        <source>Rating then: {hasil} / {perilaku} → {predikat}</source>
        <translation>Penilaian saat itu: {hasil} / {perilaku} → {predikat}</translation>
    </message>
    <message>
        <source>Waiting for the decision of the atasan of the pejabat penilai (by {date}).</source>
        <translation>Menunggu keputusan atasan pejabat penilai (paling lambat {date}).</translation>
    </message>
    <message>
        <source>Accepted on {date} by {name}: now {hasil} / {perilaku} → {predikat}.</source>
        <translation>Diterima {date} oleh {name}: kini {hasil} / {perilaku} → {predikat}.</translation>
    </message>
    <message>
        <source>Rejected on {date} by {name}: the rating stays.</source>
        <translation>Ditolak {date} oleh {name}: penilaian tetap.</translation>
    </message>
    <message>
        <source>Hasil kerja ↓
Perilaku →</source>
        <translation>Hasil kerja ↓
Perilaku →</translation>
    </message>
    <message>
        <source>Di Atas</source>
        <translation>Di Atas</translation>
    </message>
    <message>
        <source>Sesuai</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <source>Di Bawah</source>
        <translation>Di Bawah</translation>
    </message>
</context>
<context>
    <name>RatingList</name>
    <message>
        <source>{keys}; ✎ draft; — ended, not rated yet.</source>
        <translation>{keys}; ✎ draf; — sudah berakhir, belum dinilai.</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Semua SKP</translation>
    </message>
    <message>
        <source>Left to rate</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>With a draft rating</source>
        <translation>Ada penilaian draf</translation>
    </message>
    <message>
        <source>Not ditetapkan yet</source>
        <translation>Belum ditetapkan</translation>
    </message>
    <message>
        <source>Keberatan waiting</source>
        <translation>Keberatan menunggu</translation>
    </message>
    <message>
        <source>My own plan</source>
        <translation>SKP saya sendiri</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (Anda)</translation>
    </message>
    <message>
        <source>{name}
NIP {nip}
{jabatan}
{unit}</source>
        <translation>{name}
NIP {nip}
{jabatan}
{unit}</translation>
    </message>
    <message>
        <source>keberatan waiting</source>
        <translation>keberatan menunggu</translation>
    </message>
    <message>
        <source>rate {periods}</source>
        <translation>nilai {periods}</translation>
    </message>
    <message>
        <source>{periode}: {predikat}, {status}</source>
        <translation>{periode}: {predikat}, {status}</translation>
    </message>
    <message>
        <source>{periode}: outside this plan's dates</source>
        <translation>{periode}: di luar masa SKP ini</translation>
    </message>
    <message>
        <source>{periode}: not ended yet</source>
        <translation>{periode}: belum berakhir</translation>
    </message>
    <message>
        <source>{periode}: not rated yet</source>
        <translation>{periode}: belum dinilai</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <source>Rate each period next to its evidence; the predikat follows the 3×3 matrix.</source>
        <translation>Nilai setiap periode berdampingan dengan buktinya; predikat mengikuti matriks 3×3.</translation>
    </message>
    <message>
        <source>Ra&amp;tings</source>
        <translation>Pe&amp;nilaian</translation>
    </message>
    <message>
        <source>&amp;Keberatan</source>
        <translation>&amp;Keberatan</translation>
    </message>
    <message>
        <source>Su&amp;mmary per OPD</source>
        <translation>&amp;Ringkasan per OPD</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>Search name, NIP, jabatan or unit (Ctrl+F)</source>
        <translation>Cari nama, NIP, jabatan, atau unit (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Tampi&amp;lkan:</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumen</translation>
    </message>
    <message>
        <source>Evaluation documents come in a later release</source>
        <translation>Dokumen evaluasi tersedia pada rilis berikutnya</translation>
    </message>
    <message>
        <source>Choose a plan in the list to see its evidence and ratings.</source>
        <translation>Pilih SKP di daftar untuk melihat bukti dan penilaiannya.</translation>
    </message>
    <message>
        <source>Loading the plans…</source>
        <translation>Memuat daftar SKP…</translation>
    </message>
    <message>
        <source>Nobody is signed in, so there is nothing to show.</source>
        <translation>Belum ada yang masuk, jadi tidak ada yang dapat ditampilkan.</translation>
    </message>
    <message>
        <source>The workspace itself: every plan of the instansi.</source>
        <translation>Ruang kerja itu sendiri: semua SKP instansi.</translation>
    </message>
    <message>
        <source>The plans you rate as pejabat penilai, and your own.</source>
        <translation>SKP yang Anda nilai sebagai pejabat penilai, dan SKP Anda sendiri.</translation>
    </message>
    <message>
        <source>The plans in your scope, read-only: the pejabat penilai rates (R-RATING). And your own.</source>
        <translation>SKP dalam cakupan Anda, hanya dibaca: penilaian dilakukan pejabat penilai (R-RATING). Juga SKP Anda sendiri.</translation>
    </message>
    <message>
        <source>Your own plans: your pejabat penilai rates them; you may file a keberatan.</source>
        <translation>SKP Anda sendiri: pejabat penilai Anda yang menilainya; Anda dapat mengajukan keberatan.</translation>
    </message>
    <message>
        <source>No plan year holds a plan you rate or see.</source>
        <translation>Belum ada tahun SKP yang memuat SKP yang Anda nilai atau lihat.</translation>
    </message>
    <message>
        <source>{n} plan(s) of {year}; {due} with a period left to rate.</source>
        <translation>{n} SKP tahun {year}; {due} dengan periode yang belum dinilai.</translation>
    </message>
    <message>
        <source>{shown} of {n} plan(s) of {year} shown; {due} with a period left to rate.</source>
        <translation>{shown} dari {n} SKP tahun {year} ditampilkan; {due} dengan periode yang belum dinilai.</translation>
    </message>
    <message>
        <source>NIP {nip}</source>
        <translation>NIP {nip}</translation>
    </message>
    <message>
        <source>SKP {year}: {status}</source>
        <translation>SKP {year}: {status}</translation>
    </message>
    <message>
        <source>Pejabat penilai: {name}</source>
        <translation>Pejabat penilai: {name}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Rating due by {date}</source>
        <translation>Batas penilaian {date}</translation>
    </message>
    <message>
        <source>Locked: {reason}</source>
        <translation>Dikunci: {reason}</translation>
    </message>
    <message>
        <source>Rating of {periode} {year}</source>
        <translation>Penilaian {periode} {year}</translation>
    </message>
    <message>
        <source>Not rated: the period ends on {date}.</source>
        <translation>Belum dinilai: periode berakhir {date}.</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>Belum dinilai.</translation>
    </message>
    <message>
        <source>Final since {date} (rated by {name}).</source>
        <translation>Final sejak {date} (dinilai oleh {name}).</translation>
    </message>
    <message>
        <source>Final since {date}.</source>
        <translation>Final sejak {date}.</translation>
    </message>
    <message>
        <source>Keberatan possible until {date}.</source>
        <translation>Keberatan dapat diajukan sampai {date}.</translation>
    </message>
    <message>
        <source>Draft saved on {date}: the pegawai does not receive it yet.</source>
        <translation>Draf disimpan {date}: pegawai belum menerimanya.</translation>
    </message>
    <message>
        <source>Draft saved on {date} (by {name}): the pegawai does not receive it yet.</source>
        <translation>Draf disimpan {date} (oleh {name}): pegawai belum menerimanya.</translation>
    </message>
    <message>
        <source>This rating is final. Reopen it to change it (the reopening is recorded).</source>
        <translation>Penilaian ini sudah final. Buka kembali untuk mengubahnya (pembukaan kembali dicatat).</translation>
    </message>
    <message>
        <source>This is your own plan: your pejabat penilai rates it (R-RATING). You see the ratings, and you may file a keberatan on a final one within {days} days.</source>
        <translation>Ini SKP Anda sendiri: pejabat penilai Anda yang menilainya (R-RATING). Anda dapat melihat penilaiannya dan mengajukan keberatan atas penilaian final dalam {days} hari.</translation>
    </message>
    <message>
        <source>Only the plan's pejabat penilai rates it (R-RATING). You see the ratings.</source>
        <translation>Hanya pejabat penilai SKP ini yang menilainya (R-RATING). Anda dapat melihat penilaiannya.</translation>
    </message>
    <message>
        <source>How the predikat organisasi maps to a rating is the instansi's setting ({setting}, Settings → Rating).</source>
        <translation>Padanan predikat organisasi ke rating adalah pengaturan instansi ({setting}, Pengaturan → Penilaian).</translation>
    </message>
    <message>
        <source>{name} leads {unit}: the annual rating hasil kerja comes from the unit's predikat kinerja organisasi (R-ORG-PREDIKAT), which has not been set for {year}.</source>
        <translation>{name} memimpin {unit}: rating hasil kerja tahunan berasal dari predikat kinerja organisasi unit (R-ORG-PREDIKAT), yang belum ditetapkan untuk {year}.</translation>
    </message>
    <message>
        <source>{name} leads {unit}, rated {org}; the setting that maps it to a rating holds a value that is not a rating. Correct it in Settings → Rating.</source>
        <translation>{name} memimpin {unit} dengan predikat {org}; pengaturan padanannya berisi nilai yang bukan rating. Perbaiki di Pengaturan → Penilaian.</translation>
    </message>
    <message>
        <source>{name} leads {unit}: its predikat kinerja organisasi {org} gives the rating hasil kerja {rating} (R-ORG-PREDIKAT).</source>
        <translation>{name} memimpin {unit}: predikat kinerja organisasinya {org} memberi rating hasil kerja {rating} (R-ORG-PREDIKAT).</translation>
    </message>
    <message>
        <source>Discard the unsaved rating?</source>
        <translation>Buang penilaian yang belum disimpan?</translation>
    </message>
    <message>
        <source>The ratings or the note of {periode} have not been saved.</source>
        <translation>Rating atau catatan {periode} belum disimpan.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Choose the rating hasil kerja and the rating perilaku first.</source>
        <translation>Pilih rating hasil kerja dan rating perilaku terlebih dahulu.</translation>
    </message>
    <message>
        <source>Finalise the rating?</source>
        <translation>Finalkan penilaian?</translation>
    </message>
    <message>
        <source>{name}, {periode} {year}: predikat {predikat}. Once final, the pegawai receives it and may file a keberatan within {days} days; changing it then needs a recorded reopening.</source>
        <translation>{name}, {periode} {year}: predikat {predikat}. Setelah final, pegawai menerimanya dan dapat mengajukan keberatan dalam {days} hari; mengubahnya kemudian memerlukan pembukaan kembali yang dicatat.</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>Finalkan</translation>
    </message>
    <message>
        <source>Finalise the rating of {name} ({periode})</source>
        <translation>Finalkan penilaian {name} ({periode})</translation>
    </message>
    <message>
        <source>Rate {name} ({periode})</source>
        <translation>Nilai {name} ({periode})</translation>
    </message>
    <message>
        <source>Reopen the final rating?</source>
        <translation>Buka kembali penilaian final?</translation>
    </message>
    <message>
        <source>The {periode} rating of {name} becomes a draft again so that you can change it. The reopening is recorded with your name and the date.</source>
        <translation>Penilaian {periode} {name} kembali menjadi draf agar dapat Anda ubah. Pembukaan kembali dicatat dengan nama Anda dan tanggalnya.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <source>Reopen the rating of {name} ({periode})</source>
        <translation>Buka kembali penilaian {name} ({periode})</translation>
    </message>
    <message>
        <source>The plan's jabatan has no unit, so there is no distribution.</source>
        <translation>Jabatan SKP ini tidak memiliki unit, jadi tidak ada distribusi.</translation>
    </message>
    <message>
        <source>{unit}: {n} employee(s) with a final {periode} rating.</source>
        <translation>{unit}: {n} pegawai dengan penilaian {periode} final.</translation>
    </message>
    <message>
        <source>{n} draft rating(s) not counted.</source>
        <translation>{n} penilaian draf tidak dihitung.</translation>
    </message>
    <message>
        <source>No predikat kinerja organisasi has been set for {unit} or a unit above it for {periode} {year}, so the distribution cannot be checked against the curve.</source>
        <translation>Predikat kinerja organisasi {unit} atau unit di atasnya untuk {periode} {year} belum ditetapkan, jadi distribusi belum dapat diperiksa terhadap kurva.</translation>
    </message>
    <message>
        <source>predikat organisasi {org} ({unit})</source>
        <translation>predikat organisasi {org} ({unit})</translation>
    </message>
    <message>
        <source>Nothing to check yet against the {org}.</source>
        <translation>Belum ada yang dapat diperiksa terhadap {org}.</translation>
    </message>
    <message>
        <source>Fits the expected distribution for the {org} (R-CURVE).</source>
        <translation>Sesuai dengan pola distribusi untuk {org} (R-CURVE).</translation>
    </message>
    <message>
        <source>Does not fit the expected distribution for the {org} (R-CURVE). A consideration for the leader, not a rule: nothing is blocked.</source>
        <translation>Belum sesuai dengan pola distribusi untuk {org} (R-CURVE). Ini bahan pertimbangan pimpinan, bukan aturan: tidak ada yang dihalangi.</translation>
    </message>
    <message>
        <source>To fit: {changes}.</source>
        <translation>Agar sesuai: {changes}.</translation>
    </message>
    <message>
        <source>With {n} employee(s), no distribution meets every rule of this pattern.</source>
        <translation>Dengan {n} pegawai, tidak ada distribusi yang memenuhi semua ketentuan pola ini.</translation>
    </message>
    <message>
        <source>&amp;Keberatan ({n})</source>
        <translation>&amp;Keberatan ({n})</translation>
    </message>
    <message>
        <source>A keberatan can be filed once this period's rating is final.</source>
        <translation>Keberatan dapat diajukan setelah penilaian periode ini final.</translation>
    </message>
    <message>
        <source>A keberatan has been filed on this rating; one per rating.</source>
        <translation>Keberatan atas penilaian ini sudah diajukan; satu keberatan per penilaian.</translation>
    </message>
    <message>
        <source>You may file a keberatan on this rating until {date}, with your reasons; the atasan of your pejabat penilai decides (R-DEADLINES).</source>
        <translation>Anda dapat mengajukan keberatan atas penilaian ini sampai {date}, disertai alasan; atasan pejabat penilai Anda yang memutuskan (R-DEADLINES).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RatingSettings</name>
    <message>
        <source>A unit leader's rating hasil kerja from the predikat organisasi</source>
        <translation>Rating hasil kerja pimpinan unit dari predikat organisasi</translation>
    </message>
    <message>
        <source>When a JPT leads the unit, the unit's predikat kinerja organisasi is set as their annual rating hasil kerja (R-ORG-PREDIKAT). [U] The regulation does not say how the five levels map to the three ratings: this is your instansi's setting. The default is the reference's proposal: Istimewa → Di Atas Ekspektasi, Baik → Sesuai Ekspektasi, the others → Di Bawah Ekspektasi.</source>
        <translation>Bila JPT memimpin unit, predikat kinerja organisasi unit ditetapkan sebagai rating hasil kerja tahunannya (R-ORG-PREDIKAT). [U] Peraturan tidak menyebut padanan lima tingkat predikat organisasi ke tiga rating: ini pengaturan instansi Anda. Bawaannya adalah usulan referensi: Istimewa → Di Atas Ekspektasi, Baik → Sesuai Ekspektasi, lainnya → Di Bawah Ekspektasi.</translation>
    </message>
    <message>
        <source>Predikat organisasi {level}</source>
        <translation>Predikat organisasi {level}</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>Gunakan bawaan</translation>
    </message>
    <message>
        <source>Not a rating, so a unit leader cannot be rated until it is corrected: {values}.</source>
        <translation>Bukan rating, sehingga pimpinan unit belum dapat dinilai sampai diperbaiki: {values}.</translation>
    </message>
</context>
<context>
    <name>RatingTabs</name>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>accepted: now {predikat}</source>
        <translation>diterima: kini {predikat}</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>Menunggu keputusan Anda</translation>
    </message>
    <message>
        <source>As the atasan of the pejabat penilai you decide keberatan on the ratings your subordinates gave (R-DEADLINES): hear both sides; you may change the rating; the decision is final.</source>
        <translation>Sebagai atasan pejabat penilai, Anda memutuskan keberatan atas penilaian yang diberikan bawahan Anda (R-DEADLINES): dengarkan kedua pihak; Anda dapat mengubah penilaiannya; keputusannya final.</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation>Putuskan paling lambat</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>&amp;Open the rating</source>
        <translation>&amp;Buka penilaian</translation>
    </message>
    <message>
        <source>Dec&amp;ide…</source>
        <translation>Putusk&amp;an…</translation>
    </message>
    <message>
        <source>History: keberatan on the listed plans and those you decide</source>
        <translation>Riwayat: keberatan atas SKP di daftar dan yang Anda putuskan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Diputuskan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>No keberatan is waiting for your decision.</source>
        <translation>Tidak ada keberatan yang menunggu keputusan Anda.</translation>
    </message>
    <message>
        <source>No keberatan yet.</source>
        <translation>Belum ada keberatan.</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>Final ratings per predikat kinerja pegawai (the 3×3 matrix, R-MATRIX), next to the predikat kinerja organisasi of the same period. Drafts are not counted.</source>
        <translation>Penilaian final per predikat kinerja pegawai (matriks 3×3, R-MATRIX), di samping predikat kinerja organisasi periode yang sama. Draf tidak dihitung.</translation>
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
        <translation>Total</translation>
    </message>
    <message>
        <source>Without a unit</source>
        <translation>Tanpa unit</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>No plan year is set up yet, so there are no ratings.</source>
        <translation>Belum ada tahun SKP, jadi belum ada penilaian.</translation>
    </message>
    <message>
        <source>No final ratings for {year} in your scope yet. Choose another year or period.</source>
        <translation>Belum ada penilaian final tahun {year} dalam cakupan Anda. Pilih tahun atau periode lain.</translation>
    </message>
    <message>
        <source>{n} rating(s) still in draft are not counted.</source>
        <translation>{n} penilaian yang masih draf tidak dihitung.</translation>
    </message>
</context>
<context>
    <name>RatingText</name>
    <message>
        <source>TW {roman}</source>
        <translation>TW {roman}</translation>
    </message>
    <message>
        <source>Sem {roman}</source>
        <translation>Sem {roman}</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <source>Quarter {roman}</source>
        <translation>Triwulan {roman}</translation>
    </message>
    <message>
        <source>Semester {roman}</source>
        <translation>Semester {roman}</translation>
    </message>
    <message>
        <source>Annual (AKHIR)</source>
        <translation>Akhir tahun (AKHIR)</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draf</translation>
    </message>
    <message>
        <source>{predikat} {count} ({share})</source>
        <translation>{predikat} {count} ({share})</translation>
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
        <source>Stages</source>
        <translation>Tahapan</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Penilaian</translation>
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
        <source>The regulation's own words (SKP, RHK, IKI, BerAKHLAK, predikat) stay the same in both languages. Documents are always printed in Indonesian.</source>
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
        <source>A workspace is a folder holding one instansi's data, its evidence files and backups. SKP Desk closes this one and opens the one you choose.</source>
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
        <source>Drafting the next year's SKP starts on this day (with the RKT and PK)</source>
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
        <source>Evaluation periods lock by themselves this many days after their deadline</source>
        <translation>Periode penilaian terkunci sendiri sekian hari setelah batas waktunya</translation>
    </message>
    <message>
        <source>Set by your instansi</source>
        <translation>Ditetapkan oleh instansi Anda</translation>
    </message>
    <message>
        <source>These dates are not fixed nationally. Set them to follow your instansi's letters and the BKN e-Kinerja schedule; Beranda and the reminders use them.</source>
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
        <source>Names of the drafting stages</source>
        <translation>Nama tahapan penyusunan SKP</translation>
    </message>
    <message>
        <source>[U] The regulation does not fix these names ({rule}): the BKN guide describes what each stage does, not what it is called. Type another name to show it in the drafting wizards, in both languages; leave a field empty to keep the default name.</source>
        <translation>[U] Peraturan tidak menetapkan nama-nama ini ({rule}): pedoman BKN menguraikan apa yang dikerjakan pada setiap tahap, bukan namanya. Ketik nama lain untuk ditampilkan di wizard penyusunan dalam kedua bahasa; kosongkan isian untuk memakai nama bawaan.</translation>
    </message>
    <message>
        <source>At most {count} characters</source>
        <translation>Paling banyak {count} karakter</translation>
    </message>
    <message>
        <source>Use the default names</source>
        <translation>Pakai nama bawaan</translation>
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
        <source>Unsaved changes on the Stages tab.</source>
        <translation>Ada perubahan yang belum disimpan di tab Tahapan.</translation>
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
        <source>Approve and rate your staff's SKP, give atasan feedback, set your unit's predikat.</source>
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
        <source>This copy's identity in bundles; each copy of a workspace has its own.</source>
        <translation>Identitas salinan ini dalam bundel; setiap salinan ruang kerja memiliki identitasnya sendiri.</translation>
    </message>
    <message>
        <source>This computer's id:</source>
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
        <source>A backup is a complete copy of the workspace's database, made while it is in use. SKP Desk also makes one before every upgrade and restore.</source>
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
        <source>Keys and trust: the central office certifies each unit's key for its part of the organisation.</source>
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
    <name>SkpDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>New SKP for {name}</source>
        <translation>SKP baru untuk {name}</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Kuantitatif (IKI with numeric targets)</source>
        <translation>Kuantitatif (IKI dengan target berupa angka)</translation>
    </message>
    <message>
        <source>Kualitatif (ukuran keberhasilan in words)</source>
        <translation>Kualitatif (ukuran keberhasilan dalam kalimat)</translation>
    </message>
    <message>
        <source>Pendekatan</source>
        <translation>Pendekatan</translation>
    </message>
    <message>
        <source>Model dasar (first SKP, fewer stages)</source>
        <translation>Model dasar (SKP pertama, tahapan lebih sedikit)</translation>
    </message>
    <message>
        <source>Model pengembangan (levels and monitoring too)</source>
        <translation>Model pengembangan (dengan kategori penilaian dan cara pemantauan)</translation>
    </message>
    <message>
        <source>Drafting path</source>
        <translation>Jalur penyusunan</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Mulai dari:</translation>
    </message>
    <message>
        <source>An empty plan</source>
        <translation>Rencana kosong</translation>
    </message>
    <message>
        <source>The atasan's results (one RHK per atasan RHK utama: the MPH row)</source>
        <translation>Hasil kerja atasan (satu RHK untuk setiap RHK utama atasan: baris MPH)</translation>
    </message>
    <message>
        <source>Last year's plan of this person</source>
        <translation>SKP tahun lalu pegawai ini</translation>
    </message>
    <message>
        <source>A colleague's plan in the same jabatan</source>
        <translation>SKP rekan pada jabatan yang sama</translation>
    </message>
    <message>
        <source>Create the plan</source>
        <translation>Buat SKP</translation>
    </message>
    <message>
        <source>Reviu of the plan</source>
        <translation>Reviu SKP</translation>
    </message>
    <message>
        <source>Rows the app can decide are filled in. Judge the others: choose Yes or No and add a note where it helps the employee. A plan that fails a row may still be passed, or returned with notes.</source>
        <translation>Baris yang dapat diputuskan aplikasi sudah terisi. Nilai baris lainnya: pilih Ya atau Tidak dan tambahkan catatan bila membantu pegawai. SKP yang tidak memenuhi suatu baris tetap boleh diloloskan, atau dikembalikan dengan catatan.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>Yang diperiksa</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>(computed)</source>
        <translation>(dihitung aplikasi)</translation>
    </message>
    <message>
        <source>(judge)</source>
        <translation>(nilai)</translation>
    </message>
    <message>
        <source>A note on the whole plan (optional)</source>
        <translation>Catatan untuk SKP secara keseluruhan (boleh kosong)</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>Tandai sudah direviu</translation>
    </message>
    <message>
        <source>Return the plan with notes</source>
        <translation>Kembalikan SKP dengan catatan</translation>
    </message>
    <message>
        <source>Write a note where something must change; leave the others empty.</source>
        <translation>Tulis catatan pada bagian yang perlu diubah; biarkan yang lain kosong.</translation>
    </message>
    <message>
        <source>Note on the plan as a whole</source>
        <translation>Catatan untuk SKP secara keseluruhan</translation>
    </message>
    <message>
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <source>Return to the employee</source>
        <translation>Kembalikan ke pegawai</translation>
    </message>
    <message>
        <source>Changes since approval</source>
        <translation>Perubahan sejak ditetapkan</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ditambahkan</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>IKI</source>
        <translation>IKI</translation>
    </message>
    <message>
        <source>Perilaku</source>
        <translation>Perilaku</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Tidak ada perbedaan.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Save the Rencana SKP</source>
        <translation>Simpan Rencana SKP</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
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
        <source>Open my plan's results</source>
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
        <source>The workspace is acting as itself, not as a person, so it has no plan of its own. Switch person (Ctrl+Shift+U) to see an employee's plan.</source>
        <translation>Ruang kerja sedang bertindak sebagai dirinya sendiri, bukan sebagai pegawai, sehingga tidak memiliki SKP. Ganti pengguna (Ctrl+Shift+U) untuk melihat SKP seorang pegawai.</translation>
    </message>
    <message>
        <source>You have no plan in this workspace yet.</source>
        <translation>Anda belum memiliki SKP di ruang kerja ini.</translation>
    </message>
</context>
<context>
    <name>SkpPage</name>
    <message>
        <source>Draft the plan stage by stage with the coach; submit it for reviu and penetapan.</source>
        <translation>Susun SKP tahap demi tahap bersama pendamping; ajukan untuk direviu dan ditetapkan.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>New SKP for me…</source>
        <translation>SKP baru untuk saya…</translation>
    </message>
    <message>
        <source>New SKP for an employee…</source>
        <translation>SKP baru untuk pegawai…</translation>
    </message>
    <message>
        <source>PDFs of a unit…</source>
        <translation>PDF satu unit…</translation>
    </message>
    <message>
        <source>Rencana SKP of every plan of a unit as PDF files</source>
        <translation>Rencana SKP setiap pegawai satu unit sebagai berkas PDF</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>My SKP</source>
        <translation>SKP saya</translation>
    </message>
    <message>
        <source>My team ({n})</source>
        <translation>Tim saya ({n})</translation>
    </message>
    <message>
        <source>Waiting for reviu ({n})</source>
        <translation>Menunggu reviu ({n})</translation>
    </message>
    <message>
        <source>Clinic mode</source>
        <translation>Mode klinik</translation>
    </message>
    <message>
        <source>Whose SKP?</source>
        <translation>SKP siapa?</translation>
    </message>
    <message>
        <source>Clinic: participant {n} of {total}, {name}. F8 next, Shift+F8 previous.</source>
        <translation>Klinik: peserta {n} dari {total}, {name}. F8 berikutnya, Shift+F8 sebelumnya.</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>Goals and Perjanjian Kinerja</source>
        <translation>Sasaran dan Perjanjian Kinerja</translation>
    </message>
    <message>
        <source>Role and result matrix</source>
        <translation>Matriks peran dan hasil</translation>
    </message>
    <message>
        <source>Planned work results (RHK)</source>
        <translation>Rencana hasil kerja (RHK)</translation>
    </message>
    <message>
        <source>Perspectives</source>
        <translation>Perspektif</translation>
    </message>
    <message>
        <source>Indicators (IKI) and targets</source>
        <translation>IKI beserta targetnya</translation>
    </message>
    <message>
        <source>Indicator manual</source>
        <translation>Manual indikator kinerja</translation>
    </message>
    <message>
        <source>Rating categories</source>
        <translation>Kategori penilaian kinerja</translation>
    </message>
    <message>
        <source>How progress is monitored</source>
        <translation>Cara memantau kinerja</translation>
    </message>
    <message>
        <source>Link to angka kredit</source>
        <translation>Keterkaitan dengan angka kredit</translation>
    </message>
    <message>
        <source>Work behaviour (BerAKHLAK)</source>
        <translation>Perilaku kerja (BerAKHLAK)</translation>
    </message>
    <message>
        <source>SKP annex</source>
        <translation>Lampiran SKP</translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation>Periksa dan ajukan</translation>
    </message>
    <message>
        <source>Open the Renstra and the Perjanjian Kinerja (PK) you signed for this year. List each sasaran strategis or program your unit answers for, with its indicator (IKU) and its target.</source>
        <translation>Buka Renstra dan Perjanjian Kinerja (PK) yang Anda tanda tangani untuk tahun ini. Catat setiap sasaran strategis atau program yang menjadi tanggung jawab unit Anda, beserta indikatornya (IKU) dan targetnya.</translation>
    </message>
    <message>
        <source>Look at the sasaran strategis of your organisation in the Renstra and the Perjanjian Kinerja (PK), then at the rencana hasil kerja (RHK) of your atasan for this year. Each of your main results will support one of them.</source>
        <translation>Lihat sasaran strategis organisasi Anda dalam Renstra dan Perjanjian Kinerja (PK), lalu rencana hasil kerja (RHK) atasan Anda untuk tahun ini. Setiap hasil kerja utama Anda nanti mendukung salah satunya.</translation>
    </message>
    <message>
        <source>With your atasan and your team, in a dialog kinerja, share out the atasan's results: one row per person, one column per result of the atasan, and in each cell what that person delivers. Split by aspect, by area or by quantity where the result can be divided (direct cascading); otherwise by the steps of the service or by intermediate outputs (non-direct cascading).</source>
        <translation>Bersama atasan dan tim, dalam dialog kinerja, bagikan hasil kerja atasan: satu baris per pegawai, satu kolom per hasil kerja atasan, dan di setiap sel apa yang dihasilkan pegawai itu. Bagi menurut aspek, wilayah, atau beban kuantitatif bila hasilnya dapat dibagi (cascading langsung); jika tidak, menurut tahapan layanan atau output antara (cascading tidak langsung).</translation>
    </message>
    <message>
        <source>Write your rencana hasil kerja. Utama: each sasaran of the PK, each direktif (assignment) of your leader, and the strategic initiatives that reach them. Tambahan: other agreed work, such as developing your own or others' competence, or a social task force. Write each one as a result, not an activity.</source>
        <translation>Tulis rencana hasil kerja Anda. Utama: setiap sasaran PK, setiap direktif (penugasan) pimpinan, dan inisiatif strategis untuk mencapainya. Tambahan: pekerjaan lain yang disepakati, misalnya pengembangan kompetensi diri sendiri atau orang lain, atau keikutsertaan dalam satgas sosial. Tulis setiap RHK sebagai hasil, bukan kegiatan.</translation>
    </message>
    <message>
        <source>Write your rencana hasil kerja. Utama: what you deliver for your atasan's RHK (your cells of the matrix) and each direktif of your leader; for each, name the atasan's RHK it supports (intervensi). Tambahan: other agreed work, such as developing competence or a social activity. Write each one as a result, not an activity.</source>
        <translation>Tulis rencana hasil kerja Anda. Utama: apa yang Anda hasilkan untuk RHK atasan (sel Anda dalam matriks) dan setiap direktif pimpinan; untuk masing-masing, sebutkan RHK atasan yang didukungnya (intervensi). Tambahan: pekerjaan lain yang disepakati, misalnya pengembangan kompetensi atau kegiatan sosial. Tulis setiap RHK sebagai hasil, bukan kegiatan.</translation>
    </message>
    <message>
        <source>Put each RHK utama under one of the four perspectives: penerima layanan (stakeholders), proses bisnis, penguatan internal, anggaran.</source>
        <translation>Kelompokkan setiap RHK utama ke dalam salah satu dari empat perspektif: penerima layanan (pemangku kepentingan), proses bisnis, penguatan internal, anggaran.</translation>
    </message>
    <message>
        <source>For every RHK write at least one indikator kinerja individu (IKI) that shows whether the result was reached, and its target for the year. For a sasaran of the PK use the PK's indicator and target. With the kualitatif approach, describe the measure of success in a sentence instead.</source>
        <translation>Untuk setiap RHK, tulis sedikitnya satu indikator kinerja individu (IKI) yang menunjukkan apakah hasilnya tercapai, beserta targetnya untuk tahun ini. Untuk sasaran PK, pakai indikator PK beserta targetnya. Dengan pendekatan kualitatif, uraikan ukuran keberhasilannya dalam kalimat.</translation>
    </message>
    <message>
        <source>For every RHK choose the aspects that matter (kuantitas, kualitas, waktu, biaya), write one IKI per aspect and set its target. Do not make a target absolute (semua, selalu, setiap, tidak pernah). With the kualitatif approach, describe the measure of success in a sentence instead.</source>
        <translation>Untuk setiap RHK, pilih aspek yang penting (kuantitas, kualitas, waktu, biaya), tulis satu IKI per aspek, dan tetapkan targetnya. Jangan menetapkan targetnya secara mutlak (semua, selalu, setiap, tidak pernah). Dengan pendekatan kualitatif, uraikan ukuran keberhasilannya dalam kalimat.</translation>
    </message>
    <message>
        <source>For every IKI describe the result it measures, define the indicator, give the formula that computes it, and say what it is for.</source>
        <translation>Untuk setiap IKI, uraikan hasil yang diukurnya, definisikan indikatornya, tuliskan rumus penghitungannya, dan sebutkan tujuannya.</translation>
    </message>
    <message>
        <source>For every IKI describe three to five levels of performance, lowest first. The level you agreed as the target is “baik”; the pengelola kinerja may help write the other levels.</source>
        <translation>Untuk setiap IKI, uraikan tiga sampai lima tingkat kinerja, dimulai dari yang terendah. Tingkat yang disepakati sebagai targetnya adalah “baik”; pengelola kinerja dapat membantu menulis tingkat lainnya.</translation>
    </message>
    <message>
        <source>For every IKI say which data show the progress, where they come from, when they are collected and who collects them. An RHK that cannot be measured this way is taken out of the SKP.</source>
        <translation>Untuk setiap IKI, sebutkan data yang menunjukkan kemajuannya, dari mana datanya, kapan dikumpulkan, dan siapa yang mengumpulkannya. RHK yang tidak dapat diukur dengan cara ini dikeluarkan dari SKP.</translation>
    </message>
    <message>
        <source>For a jabatan fungsional: link each RHK utama to a butir kegiatan of your jabatan and its angka kredit. Move an RHK utama without a butir kegiatan to tambahan, or add one that follows your atasan's plan.</source>
        <translation>Bagi jabatan fungsional: kaitkan setiap RHK utama dengan butir kegiatan jabatan Anda dan angka kreditnya. Pindahkan RHK utama yang tidak berkaitan dengan butir kegiatan ke tambahan, atau tambahkan RHK yang mengikuti rencana kinerja atasan.</translation>
    </message>
    <message>
        <source>The seven BerAKHLAK core values and their behaviour guides are the same for everyone. Your atasan may add an ekspektasi khusus (a specific expectation) to any value; the others stay empty.</source>
        <translation>Tujuh nilai dasar BerAKHLAK beserta panduan perilakunya sama bagi semua pegawai. Atasan Anda dapat menambahkan ekspektasi khusus pada nilai mana pun; nilai lainnya dibiarkan kosong.</translation>
    </message>
    <message>
        <source>Agree with your atasan and list the resources you will be given (dukungan sumber daya), how and when you report on your work (skema pertanggungjawaban), and what follows from meeting or missing the expectations (konsekuensi).</source>
        <translation>Sepakati dengan atasan dan tuliskan sumber daya yang disediakan bagi Anda (dukungan sumber daya), bagaimana dan kapan Anda melaporkan pekerjaan (skema pertanggungjawaban), serta akibatnya bila ekspektasi tercapai atau tidak tercapai (konsekuensi).</translation>
    </message>
    <message>
        <source>Read the whole plan once more, fix what the check marks, then submit it. The pengelola kinerja reviews it (reviu) and the authorised official, for example the Kepala Daerah or the JPT madya, sets it (penetapan). A plan sent back returns to you with notes.</source>
        <translation>Baca sekali lagi seluruh rencana, perbaiki yang ditandai pemeriksaan, lalu ajukan. Pengelola kinerja melakukan reviu, dan pejabat yang berwenang, misalnya Kepala Daerah atau JPT madya, menetapkannya (penetapan). Rencana yang dikembalikan kembali kepada Anda beserta catatannya.</translation>
    </message>
    <message>
        <source>Read the whole plan once more, fix what the check marks, then submit it. The pengelola kinerja reviews it (reviu), then your pejabat penilai kinerja sets it (penetapan). A plan sent back returns to you with notes.</source>
        <translation>Baca sekali lagi seluruh rencana, perbaiki yang ditandai pemeriksaan, lalu ajukan. Pengelola kinerja melakukan reviu, kemudian pejabat penilai kinerja Anda menetapkannya (penetapan). Rencana yang dikembalikan kembali kepada Anda beserta catatannya.</translation>
    </message>
    <message>
        <source>The BKN guide to Permen PANRB 8/2021 starts here: the main results of a JPT are the sasaran of the PK with their indicators and targets, so the SKP and the PK promise the same thing.</source>
        <translation>Pedoman BKN untuk Permen PANRB 8/2021 dimulai dari sini: hasil kerja utama JPT adalah sasaran PK beserta indikator dan targetnya, sehingga SKP dan PK menjanjikan hal yang sama.</translation>
    </message>
    <message>
        <source>The BKN guide to Permen PANRB 8/2021 asks that your work supports the results of your atasan, your unit and your organisation; the reviu by the pengelola kinerja checks this alignment.</source>
        <translation>Pedoman BKN untuk Permen PANRB 8/2021 meminta agar hasil kerja Anda mendukung hasil kerja atasan, unit, dan organisasi; reviu oleh pengelola kinerja memeriksa keselarasan ini.</translation>
    </message>
    <message>
        <source>Permen PANRB 6/2022 (Pasal 7(2)) has the leader and the employee agree on expectations in a dialog kinerja while the SKP is drafted. The BKN guide makes this matrix stage 2 for JA and JF, so that every result of the atasan has someone delivering it and no work is done twice.</source>
        <translation>Permen PANRB 6/2022 (Pasal 7 ayat (2)) meminta pimpinan dan pegawai menyepakati ekspektasi melalui dialog kinerja selama SKP disusun. Pedoman BKN menjadikan matriks ini tahap 2 bagi JA dan JF, agar setiap hasil kerja atasan ada yang mewujudkannya dan tidak ada pekerjaan ganda.</translation>
    </message>
    <message>
        <source>Permen PANRB 8/2021 asks that rencana kinerja are written as results, not as activities or categories of work. The SKP form of Permen PANRB 6/2022 keeps this and groups them as utama and tambahan.</source>
        <translation>Permen PANRB 8/2021 meminta rencana kinerja ditulis sebagai hasil, bukan kegiatan atau kategori pekerjaan. Formulir SKP Permen PANRB 6/2022 mempertahankannya dan mengelompokkannya menjadi utama dan tambahan.</translation>
    </message>
    <message>
        <source>Permen PANRB 8/2021 asks that rencana kinerja are written as results, not as activities or categories of work. On the JA/JF form of Permen PANRB 6/2022 each RHK utama names the RHK pimpinan yang diintervensi: the atasan's result it supports.</source>
        <translation>Permen PANRB 8/2021 meminta rencana kinerja ditulis sebagai hasil, bukan kegiatan atau kategori pekerjaan. Pada formulir JA/JF Permen PANRB 6/2022, setiap RHK utama menyebut RHK pimpinan yang diintervensi: hasil kerja atasan yang didukungnya.</translation>
    </message>
    <message>
        <source>Stage 3 of the JPT model pengembangan in the BKN guide. The perspective is a column of the JPT form of Permen PANRB 6/2022 (kuantitatif approach).</source>
        <translation>Tahap 3 JPT model pengembangan dalam pedoman BKN. Perspektif adalah kolom pada formulir SKP JPT Permen PANRB 6/2022 (pendekatan kuantitatif).</translation>
    </message>
    <message>
        <source>IKI and targets are part of stage 2 of the BKN guide, and the pejabat penilai rates hasil kerja against them (Permen PANRB 6/2022). An indicator should be SMART: specific, measurable, achievable, relevant and time-bound.</source>
        <translation>IKI beserta targetnya merupakan bagian tahap 2 pedoman BKN, dan pejabat penilai menilai hasil kerja terhadap keduanya (Permen PANRB 6/2022). Indikator sebaiknya SMART: spesifik, terukur, dapat dicapai, relevan, dan berbatas waktu.</translation>
    </message>
    <message>
        <source>Stages 4 and 5 of the BKN guide. Permen PANRB 8/2021 asks that JA/JF targets are not absolute, except for work that touches lives, safety, national security or large financial loss. The aspect is a column of the JA/JF form of Permen PANRB 6/2022.</source>
        <translation>Tahap 4 dan 5 pedoman BKN. Permen PANRB 8/2021 meminta agar targetnya bagi JA/JF tidak bersifat mutlak, kecuali untuk pekerjaan yang menyangkut nyawa, keselamatan, keamanan negara, atau kerugian keuangan yang besar. Aspek adalah kolom pada formulir JA/JF Permen PANRB 6/2022.</translation>
    </message>
    <message>
        <source>The last stage of the JPT paths in the BKN guide to Permen PANRB 8/2021: with the manual, the pejabat penilai and the pengelola kinerja measure each indicator the way you do.</source>
        <translation>Tahap terakhir jalur JPT dalam pedoman BKN untuk Permen PANRB 8/2021: dengan manual ini, pejabat penilai dan pengelola kinerja mengukur setiap indikator dengan cara yang sama seperti Anda.</translation>
    </message>
    <message>
        <source>Stage 6 of the JA/JF model pengembangan (Permen PANRB 8/2021): levels written before the year starts tell you and your atasan what is above and what is below expectations.</source>
        <translation>Tahap 6 JA/JF model pengembangan (Permen PANRB 8/2021): tingkat yang ditulis sebelum tahun berjalan memberi tahu Anda dan atasan apa yang di atas dan apa yang di bawah ekspektasi.</translation>
    </message>
    <message>
        <source>Stage 7 of the JA/JF model pengembangan: Permen PANRB 8/2021 says a result whose target cannot be monitored (no data, too costly, too slow) does not belong in the SKP. After this stage the plan goes to reviu.</source>
        <translation>Tahap 7 JA/JF model pengembangan: menurut Permen PANRB 8/2021, hasil kerja yang targetnya tidak dapat dipantau (tidak ada datanya, terlalu mahal, terlalu lama) tidak dimasukkan ke dalam SKP. Setelah tahap ini, SKP direviu.</translation>
    </message>
    <message>
        <source>The BKN guide to Permen PANRB 8/2021 ends the JF paths with this annex; the tim penilai angka kredit checks that each RHK utama is linked to a butir kegiatan.</source>
        <translation>Pedoman BKN untuk Permen PANRB 8/2021 menutup jalur JF dengan lampiran ini; tim penilai angka kredit memeriksa bahwa setiap RHK utama berkaitan dengan butir kegiatan.</translation>
    </message>
    <message>
        <source>Permen PANRB 6/2022 puts perilaku kerja into the SKP next to hasil kerja, and PP 30/2019 asks that planning takes work behaviour into account. The values come from UU 20/2023 on ASN and have no levels.</source>
        <translation>Permen PANRB 6/2022 memasukkan perilaku kerja ke dalam SKP di samping hasil kerja, dan PP 30/2019 meminta perencanaan kinerja memperhatikan perilaku kerja. Nilai-nilainya berasal dari UU 20/2023 tentang ASN dan tidak berjenjang.</translation>
    </message>
    <message>
        <source>Under Permen PANRB 6/2022 the expectations agreed in the dialog kinerja include resource support, an accountability scheme and consequences; the SKP carries them as its annex.</source>
        <translation>Menurut Permen PANRB 6/2022, ekspektasi yang disepakati dalam dialog kinerja mencakup dukungan sumber daya, skema pertanggungjawaban, dan konsekuensi; SKP memuatnya sebagai lampiran.</translation>
    </message>
    <message>
        <source>Permen PANRB 6/2022 (Pasal 5) makes penyusunan, reviu and penetapan the steps of planning. Under Permen PANRB 8/2021 the SKP is set by the end of January at the latest; if it is not drafted by the second week of January, the pengelola kinerja drafts it.</source>
        <translation>Permen PANRB 6/2022 (Pasal 5) menjadikan penyusunan, reviu, dan penetapan sebagai langkah perencanaan kinerja. Menurut Permen PANRB 8/2021, SKP ditetapkan paling lambat akhir Januari; bila belum disusun sampai minggu kedua Januari, pengelola kinerja yang menyusunnya.</translation>
    </message>
    <message>
        <source>Since Permen PANRB 1/2023 angka kredit come from your predikat kinerja, so for plans from 2023 on this annex is optional: fill it in only if your instansi still asks for it.</source>
        <translation>Sejak Permen PANRB 1/2023, angka kredit diperoleh dari predikat kinerja Anda, sehingga untuk SKP tahun 2023 dan seterusnya lampiran ini tidak wajib: isi hanya bila instansi Anda masih memintanya.</translation>
    </message>
    <message>
        <source>The Renstra of your organisation</source>
        <translation>Renstra organisasi Anda</translation>
    </message>
    <message>
        <source>The Perjanjian Kinerja (PK) of this year</source>
        <translation>Perjanjian Kinerja (PK) tahun ini</translation>
    </message>
    <message>
        <source>The Rencana Kerja Tahunan (RKT)</source>
        <translation>Rencana Kerja Tahunan (RKT)</translation>
    </message>
    <message>
        <source>The sasaran strategis and IKU in the Renstra and the PK</source>
        <translation>Sasaran strategis dan IKU dalam Renstra dan PK</translation>
    </message>
    <message>
        <source>Your atasan's SKP with their rencana hasil kerja (RHK)</source>
        <translation>SKP atasan Anda beserta rencana hasil kerjanya (RHK)</translation>
    </message>
    <message>
        <source>Your atasan's RHK (stage 1)</source>
        <translation>RHK atasan Anda (tahap 1)</translation>
    </message>
    <message>
        <source>The members of the team and their jabatan</source>
        <translation>Anggota tim beserta jabatannya</translation>
    </message>
    <message>
        <source>The cascading method agreed with the atasan</source>
        <translation>Metode cascading yang disepakati dengan atasan</translation>
    </message>
    <message>
        <source>The sasaran and IKU from stage 1</source>
        <translation>Sasaran dan IKU dari tahap 1</translation>
    </message>
    <message>
        <source>Direktif: assignments from your leader</source>
        <translation>Direktif: penugasan dari pimpinan</translation>
    </message>
    <message>
        <source>Your strategic initiatives or action plan</source>
        <translation>Inisiatif strategis atau rencana aksi Anda</translation>
    </message>
    <message>
        <source>Your row of the Matriks Pembagian Peran dan Hasil</source>
        <translation>Baris Anda dalam Matriks Pembagian Peran dan Hasil</translation>
    </message>
    <message>
        <source>Your atasan's RHK</source>
        <translation>RHK atasan Anda</translation>
    </message>
    <message>
        <source>Your RHK utama (stage 2)</source>
        <translation>RHK utama Anda (tahap 2)</translation>
    </message>
    <message>
        <source>Your RHK (previous step)</source>
        <translation>RHK Anda (langkah sebelumnya)</translation>
    </message>
    <message>
        <source>The indicators and targets of the PK</source>
        <translation>Indikator PK beserta targetnya</translation>
    </message>
    <message>
        <source>A baseline: last year's realisation</source>
        <translation>Data dasar: realisasi tahun lalu</translation>
    </message>
    <message>
        <source>Your RHK (stage 3)</source>
        <translation>RHK Anda (tahap 3)</translation>
    </message>
    <message>
        <source>The atasan's RHK you support, with its target</source>
        <translation>RHK atasan yang Anda dukung, beserta targetnya</translation>
    </message>
    <message>
        <source>Your IKI and targets (stage 2)</source>
        <translation>IKI Anda beserta targetnya (tahap 2)</translation>
    </message>
    <message>
        <source>Your IKI and targets (stages 4–5)</source>
        <translation>IKI Anda beserta targetnya (tahap 4–5)</translation>
    </message>
    <message>
        <source>Your IKI and rating categories</source>
        <translation>IKI dan kategori penilaian Anda</translation>
    </message>
    <message>
        <source>The reports and applications your unit already keeps</source>
        <translation>Laporan dan aplikasi yang sudah dimiliki unit Anda</translation>
    </message>
    <message>
        <source>Your RHK utama</source>
        <translation>RHK utama Anda</translation>
    </message>
    <message>
        <source>The butir kegiatan of your jabatan fungsional</source>
        <translation>Butir kegiatan jabatan fungsional Anda</translation>
    </message>
    <message>
        <source>The behaviour guides of the seven values</source>
        <translation>Panduan perilaku ketujuh nilai</translation>
    </message>
    <message>
        <source>What your atasan particularly expects of you this year</source>
        <translation>Hal yang secara khusus diharapkan atasan dari Anda tahun ini</translation>
    </message>
    <message>
        <source>The budget, tools and training available to your unit</source>
        <translation>Anggaran, sarana, dan pelatihan yang tersedia di unit Anda</translation>
    </message>
    <message>
        <source>Your unit's reporting schedule</source>
        <translation>Jadwal pelaporan unit Anda</translation>
    </message>
    <message>
        <source>Everything written in the earlier steps</source>
        <translation>Semua yang ditulis pada langkah sebelumnya</translation>
    </message>
    <message>
        <source>The notes of an earlier reviu, if the plan was sent back</source>
        <translation>Catatan reviu sebelumnya, bila rencana pernah dikembalikan</translation>
    </message>
    <message>
        <source>The sasaran and IKU your unit owns, ready to become RHK utama.</source>
        <translation>Sasaran dan IKU milik unit Anda, siap dijadikan RHK utama.</translation>
    </message>
    <message>
        <source>The RHK of your atasan that your work will support.</source>
        <translation>RHK atasan yang akan didukung oleh hasil kerja Anda.</translation>
    </message>
    <message>
        <source>Your row of the matrix: each filled cell becomes one of your RHK utama, linked to the atasan's RHK of its column.</source>
        <translation>Baris Anda dalam matriks: setiap sel yang terisi menjadi satu RHK utama Anda, terhubung ke RHK atasan pada kolomnya.</translation>
    </message>
    <message>
        <source>A list of RHK utama and tambahan, each written as a result.</source>
        <translation>Daftar RHK utama dan tambahan, masing-masing ditulis sebagai hasil.</translation>
    </message>
    <message>
        <source>A list of RHK utama, each linked to the atasan's RHK it supports, and RHK tambahan.</source>
        <translation>Daftar RHK utama, masing-masing terhubung ke RHK atasan yang didukungnya, serta RHK tambahan.</translation>
    </message>
    <message>
        <source>A perspective for every RHK utama.</source>
        <translation>Perspektif untuk setiap RHK utama.</translation>
    </message>
    <message>
        <source>Every RHK with its IKI, each with a target.</source>
        <translation>Setiap RHK dengan IKI-nya, masing-masing beserta targetnya.</translation>
    </message>
    <message>
        <source>One manual per IKI: description, definition, formula and purpose.</source>
        <translation>Satu manual per IKI: deskripsi, definisi, rumus, dan tujuan.</translation>
    </message>
    <message>
        <source>Level descriptions for every IKI, the target level marked.</source>
        <translation>Uraian tingkat untuk setiap IKI, dengan tingkat targetnya ditandai.</translation>
    </message>
    <message>
        <source>For every IKI: the data, their source, when they are collected and by whom.</source>
        <translation>Untuk setiap IKI: datanya, sumbernya, kapan dikumpulkan, dan oleh siapa.</translation>
    </message>
    <message>
        <source>The annex “keterkaitan SKP dengan angka kredit”.</source>
        <translation>Lampiran “keterkaitan SKP dengan angka kredit”.</translation>
    </message>
    <message>
        <source>The perilaku kerja part of the SKP, with any ekspektasi khusus pimpinan.</source>
        <translation>Bagian perilaku kerja SKP, beserta ekspektasi khusus pimpinan bila ada.</translation>
    </message>
    <message>
        <source>The three numbered lists of the SKP annex.</source>
        <translation>Tiga daftar bernomor pada lampiran SKP.</translation>
    </message>
    <message>
        <source>A submitted plan (diajukan), then reviewed (direviu) and set (ditetapkan), or sent back (dikembalikan) with notes.</source>
        <translation>Rencana yang diajukan, lalu direviu dan ditetapkan, atau dikembalikan beserta catatan.</translation>
    </message>
    <message>
        <source>For example: sasaran “{goal}”, IKU “{iku}”, target {target}.</source>
        <translation>Contoh: sasaran “{goal}”, IKU “{iku}”, targetnya {target}.</translation>
    </message>
    <message>
        <source>For example: your atasan's RHK “{rhk}”.</source>
        <translation>Contoh: RHK atasan “{rhk}”.</translation>
    </message>
    <message>
        <source>For example: the atasan's RHK “{parent}” becomes, for the analis, “{cell}”.</source>
        <translation>Contoh: RHK atasan “{parent}” menjadi, bagi analis, “{cell}”.</translation>
    </message>
    <message>
        <source>Write “{good}”, not “{bad}”.</source>
        <translation>Tulis “{good}”, bukan “{bad}”.</translation>
    </message>
    <message>
        <source>For example: “{rhk}” belongs to penerima layanan.</source>
        <translation>Contoh: “{rhk}” masuk perspektif penerima layanan.</translation>
    </message>
    <message>
        <source>For example: for “{rhk}”, the IKI “{iki}”, target {target}.</source>
        <translation>Contoh: untuk “{rhk}”, IKI “{iki}”, targetnya {target}.</translation>
    </message>
    <message>
        <source>For example: “{iki}” = {formula}.</source>
        <translation>Contoh: “{iki}” = {formula}.</translation>
    </message>
    <message>
        <source>For example, for “{iki}”: {levels}.</source>
        <translation>Contoh, untuk “{iki}”: {levels}.</translation>
    </message>
    <message>
        <source>For example: {source}.</source>
        <translation>Contoh: {source}.</translation>
    </message>
    <message>
        <source>For example: “{rhk}” ↔ butir kegiatan “{butir}”.</source>
        <translation>Contoh: “{rhk}” ↔ butir kegiatan “{butir}”.</translation>
    </message>
    <message>
        <source>For example, for Kolaboratif: “{text}”.</source>
        <translation>Contoh, untuk Kolaboratif: “{text}”.</translation>
    </message>
    <message>
        <source>For example: {items}.</source>
        <translation>Contoh: {items}.</translation>
    </message>
    <message>
        <source>For example: the check marks “{bad}” as an activity.</source>
        <translation>Contoh: pemeriksaan menandai “{bad}” sebagai kegiatan.</translation>
    </message>
    <message>
        <source>BKN guide, stage {number}</source>
        <translation>Pedoman BKN, tahap {number}</translation>
    </message>
    <message>
        <source>Added by SKP Desk</source>
        <translation>Tambahan SKP Desk</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>tidak wajib</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Langkah {number} dari {count}</translation>
    </message>
    <message>
        <source>BKN guide stage: {where}</source>
        <translation>Tahap pedoman BKN: {where}</translation>
    </message>
    <message>
        <source>Added by SKP Desk, on every path</source>
        <translation>Tambahan SKP Desk, pada semua jalur</translation>
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
    <name>Wizard</name>
    <message>
        <source>(not stated)</source>
        <translation>(belum diisi)</translation>
    </message>
    <message>
        <source>Perjanjian Kinerja (PK)</source>
        <translation>Perjanjian Kinerja (PK)</translation>
    </message>
    <message>
        <source>Directive / assignment of the leader</source>
        <translation>Direktif / penugasan pimpinan</translation>
    </message>
    <message>
        <source>Own initiative</source>
        <translation>Inisiatif sendiri</translation>
    </message>
    <message>
        <source>Matriks Pembagian Peran dan Hasil</source>
        <translation>Matriks Pembagian Peran dan Hasil</translation>
    </message>
    <message>
        <source>Self-development commitment</source>
        <translation>Komitmen pengembangan diri</translation>
    </message>
    <message>
        <source>Community involvement</source>
        <translation>Keterlibatan kemasyarakatan</translation>
    </message>
    <message>
        <source>Reviewer's note:</source>
        <translation>Catatan pereviu:</translation>
    </message>
    <message>
        <source>Goals of the unit and the organisation (Renstra, Perjanjian Kinerja)</source>
        <translation>Sasaran unit dan organisasi (Renstra, Perjanjian Kinerja)</translation>
    </message>
    <message>
        <source>Sasaran</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>No goals recorded for this unit and year. Ask the pengelola kinerja to enter the PK.</source>
        <translation>Belum ada sasaran untuk unit dan tahun ini. Minta pengelola kinerja memasukkan PK.</translation>
    </message>
    <message>
        <source>Results (RHK) of the atasan, {name}</source>
        <translation>Hasil kerja (RHK) atasan, {name}</translation>
    </message>
    <message>
        <source>The atasan has no SKP for this year yet. Cascading goes top-down: ask the atasan to draft first. Meanwhile you may link your results to the unit's goals above.</source>
        <translation>Atasan belum memiliki SKP tahun ini. Cascading berjalan dari atas ke bawah: minta atasan menyusun lebih dahulu. Sementara itu, Anda boleh mengaitkan hasil kerja Anda dengan sasaran unit di atas.</translation>
    </message>
    <message>
        <source>Each row is one result of your atasan. Beside it: your results that contribute to it. A row with nothing beside it is a result of the atasan you do not contribute to (that may be right: another colleague may deliver it).</source>
        <translation>Setiap baris adalah satu hasil kerja atasan. Di sebelahnya: hasil kerja Anda yang berkontribusi padanya. Baris yang kosong di sebelahnya adalah hasil kerja atasan yang tidak Anda dukung (bisa jadi benar: rekan lain yang menghasilkannya).</translation>
    </message>
    <message>
        <source>The atasan has no results yet for this year, so there is no matrix row to fill. Continue with the next stage and link your results later.</source>
        <translation>Atasan belum memiliki hasil kerja tahun ini, jadi belum ada baris matriks untuk diisi. Lanjutkan ke tahap berikutnya dan kaitkan hasil kerja Anda nanti.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(belum ada)</translation>
    </message>
    <message>
        <source>Add my result for this</source>
        <translation>Tambah hasil kerja saya untuk ini</translation>
    </message>
    <message>
        <source>+ RHK utama</source>
        <translation>+ RHK utama</translation>
    </message>
    <message>
        <source>+ RHK tambahan</source>
        <translation>+ RHK tambahan</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>No result yet. Add the first RHK utama with the button below the list.</source>
        <translation>Belum ada hasil kerja. Tambahkan RHK utama pertama dengan tombol di bawah daftar.</translation>
    </message>
    <message>
        <source>Rencana hasil kerja (write the result, not the activity)</source>
        <translation>Rencana hasil kerja (tulis hasilnya, bukan kegiatannya)</translation>
    </message>
    <message>
        <source>IKI {n}</source>
        <translation>IKI {n}</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(pilih)</translation>
    </message>
    <message>
        <source>Delete this IKI</source>
        <translation>Hapus IKI ini</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>Pakai saran</translation>
    </message>
    <message>
        <source>Reads as a result.</source>
        <translation>Sudah berbunyi sebagai hasil.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>(choose what this result intervenes)</source>
        <translation>(pilih yang diintervensi hasil kerja ini)</translation>
    </message>
    <message>
        <source>Atasan</source>
        <translation>Atasan</translation>
    </message>
    <message>
        <source>The atasan has no SKP yet: only the organisation's goals can be chosen for now.</source>
        <translation>Atasan belum memiliki SKP: untuk sementara hanya sasaran organisasi yang dapat dipilih.</translation>
    </message>
    <message>
        <source>RHK pimpinan yang diintervensi</source>
        <translation>RHK pimpinan yang diintervensi</translation>
    </message>
    <message>
        <source>Perspektif</source>
        <translation>Perspektif</translation>
    </message>
    <message>
        <source>Ukuran keberhasilan / IKI, dan target</source>
        <translation>Ukuran keberhasilan / IKI, dan target</translation>
    </message>
    <message>
        <source>Basis of the target (baseline, regulation, directive)</source>
        <translation>Dasar penetapan target (baseline, peraturan, arahan pimpinan)</translation>
    </message>
    <message>
        <source>Aspek</source>
        <translation>Aspek</translation>
    </message>
    <message>
        <source>Indikator kinerja individu</source>
        <translation>Indikator kinerja individu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Target upper bound (range, optional)</source>
        <translation>Batas atas target (rentang, boleh kosong)</translation>
    </message>
    <message>
        <source>Unit (dokumen, laporan, %, hari …)</source>
        <translation>Satuan (dokumen, laporan, %, hari …)</translation>
    </message>
    <message>
        <source>Lower is better (e.g. days needed, complaints)</source>
        <translation>Makin kecil makin baik (mis. jumlah hari, pengaduan)</translation>
    </message>
    <message>
        <source>Target (text)</source>
        <translation>Target (kalimat)</translation>
    </message>
    <message>
        <source>+ Add IKI</source>
        <translation>+ Tambah IKI</translation>
    </message>
    <message>
        <source>This RHK has no IKI yet: add them in the IKI and target stage first.</source>
        <translation>RHK ini belum memiliki IKI: tambahkan dahulu pada tahap IKI dan target.</translation>
    </message>
    <message>
        <source>IKI {n}: {text}</source>
        <translation>IKI {n}: {text}</translation>
    </message>
    <message>
        <source>No RHK utama yet: write them in the previous stage.</source>
        <translation>Belum ada RHK utama: tuliskan pada tahap sebelumnya.</translation>
    </message>
    <message>
        <source>Under Permen PANRB 8/2021 a jabatan fungsional attached a table linking each RHK to the butir kegiatan of its angka kredit. Since Permen PANRB 1/2023 angka kredit come from the predikat kinerja (converted each year), so for plans from 2023 on this stage is optional: fill it only if your instansi still asks for the annex. Nothing here blocks submission.</source>
        <translation>Menurut Permen PANRB 8/2021, pejabat fungsional melampirkan tabel yang mengaitkan setiap RHK dengan butir kegiatan angka kreditnya. Sejak Permen PANRB 1/2023 angka kredit diperoleh dari konversi predikat kinerja setiap tahun, sehingga untuk SKP tahun 2023 dan seterusnya tahap ini opsional: isi hanya bila instansi Anda masih memintanya. Tahap ini tidak menghalangi pengajuan.</translation>
    </message>
    <message>
        <source>Your RHK utama, to compare with the butir kegiatan of your jenjang:</source>
        <translation>RHK utama Anda, untuk dibandingkan dengan butir kegiatan jenjang Anda:</translation>
    </message>
    <message>
        <source>The ekspektasi khusus pimpinan are written by your atasan (or a facilitator with them). Read them here; they may stay empty.</source>
        <translation>Ekspektasi khusus pimpinan ditulis oleh atasan Anda (atau fasilitator bersama atasan). Baca di sini; boleh tetap kosong.</translation>
    </message>
    <message>
        <source>Ekspektasi khusus pimpinan (optional)</source>
        <translation>Ekspektasi khusus pimpinan (boleh kosong)</translation>
    </message>
    <message>
        <source>One item per line; each becomes a numbered point on the lampiran page.</source>
        <translation>Satu butir per baris; setiap baris menjadi butir bernomor pada halaman lampiran.</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definisi</translation>
    </message>
    <message>
        <source>Formula / how it is measured</source>
        <translation>Formula / cara pengukuran</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Levels, lowest first, one per line (the target level is 'baik')</source>
        <translation>Tingkatan, dari yang terendah, satu per baris (tingkat target adalah 'baik')</translation>
    </message>
    <message>
        <source>Data and data source</source>
        <translation>Data dan sumber data</translation>
    </message>
    <message>
        <source>Who collects it</source>
        <translation>Pengumpul data</translation>
    </message>
    <message>
        <source>When (e.g. monthly, quarterly)</source>
        <translation>Kapan (mis. bulanan, triwulanan)</translation>
    </message>
    <message>
        <source>Manual indikator kinerja: what each IKI means and how it is measured.</source>
        <translation>Manual indikator kinerja: arti setiap IKI dan cara mengukurnya.</translation>
    </message>
    <message>
        <source>Kategori penilaian: describe each level of achievement.</source>
        <translation>Kategori penilaian: uraikan setiap tingkat capaian.</translation>
    </message>
    <message>
        <source>How the IKI will be monitored: data, source, who and when.</source>
        <translation>Cara memantau IKI: data, sumber, siapa, dan kapan.</translation>
    </message>
    <message>
        <source>← Plans</source>
        <translation>← Daftar SKP</translation>
    </message>
    <message>
        <source>Back to the list of plans (Esc)</source>
        <translation>Kembali ke daftar SKP (Esc)</translation>
    </message>
    <message>
        <source>Show the differences</source>
        <translation>Lihat perbedaannya</translation>
    </message>
    <message>
        <source>More guidance</source>
        <translation>Panduan lengkap</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Sebelumnya</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Berikutnya →</translation>
    </message>
    <message>
        <source>Less guidance</source>
        <translation>Ringkas</translation>
    </message>
    <message>
        <source>SKP {year}</source>
        <translation>SKP {year}</translation>
    </message>
    <message>
        <source>form: {kind}, {pendekatan}</source>
        <translation>formulir: {kind}, {pendekatan}</translation>
    </message>
    <message>
        <source>Changed after approval (diubah setelah ditetapkan).</source>
        <translation>Diubah setelah ditetapkan.</translation>
    </message>
    <message>
        <source>The plan differs from the version the pejabat penilai set. Submit it again to have the change set.</source>
        <translation>SKP berbeda dari versi yang ditetapkan pejabat penilai. Ajukan lagi agar perubahannya ditetapkan.</translation>
    </message>
    <message>
        <source>Returned with {n} note(s).</source>
        <translation>Dikembalikan dengan {n} catatan.</translation>
    </message>
    <message>
        <source>The notes are shown on the fields they concern; fix them and submit again.</source>
        <translation>Catatan ditampilkan pada isian yang bersangkutan; perbaiki lalu ajukan lagi.</translation>
    </message>
    <message>
        <source>The plan is with the reviewer and cannot be edited now.</source>
        <translation>SKP sedang di tangan pereviu dan tidak dapat diubah sekarang.</translation>
    </message>
    <message>
        <source>(guide stage {n})</source>
        <translation>(tahap panduan {n})</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(opsional)</translation>
    </message>
    <message>
        <source>Coach: {errors} error(s), {warnings} warning(s)</source>
        <translation>Pendamping: {errors} kesalahan, {warnings} peringatan</translation>
    </message>
    <message>
        <source>({n} places; the first is shown)</source>
        <translation>({n} tempat; yang pertama ditampilkan)</translation>
    </message>
    <message>
        <source>No findings: the plan reads well.</source>
        <translation>Tidak ada temuan: SKP sudah baik.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Yang dikerjakan:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Mengapa:</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Bahan:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Keluaran:</translation>
    </message>
    <message>
        <source>Stage {n} of {total}</source>
        <translation>Tahap {n} dari {total}</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Ubah {field}</translation>
    </message>
    <message>
        <source>New RHK {jenis}</source>
        <translation>RHK {jenis} baru</translation>
    </message>
    <message>
        <source>Write the result this work delivers (e.g. “Tersusunnya laporan keuangan yang tepat waktu”).</source>
        <translation>Tulis hasil yang diberikan pekerjaan ini (mis. “Tersusunnya laporan keuangan yang tepat waktu”).</translation>
    </message>
    <message>
        <source>Add RHK</source>
        <translation>Tambah RHK</translation>
    </message>
    <message>
        <source>Delete RHK</source>
        <translation>Hapus RHK</translation>
    </message>
    <message>
        <source>Delete “{text}” and its IKI? You can undo it with Ctrl+Z.</source>
        <translation>Hapus “{text}” beserta IKI-nya? Dapat dibatalkan dengan Ctrl+Z.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Move RHK</source>
        <translation>Pindahkan RHK</translation>
    </message>
    <message>
        <source>New IKI</source>
        <translation>IKI baru</translation>
    </message>
    <message>
        <source>How will this result be measured? (e.g. “Jumlah laporan yang disampaikan tepat waktu”)</source>
        <translation>Bagaimana hasil ini diukur? (mis. “Jumlah laporan yang disampaikan tepat waktu”)</translation>
    </message>
    <message>
        <source>Add IKI</source>
        <translation>Tambah IKI</translation>
    </message>
    <message>
        <source>Delete IKI</source>
        <translation>Hapus IKI</translation>
    </message>
    <message>
        <source>Use the coach's suggestion</source>
        <translation>Pakai saran pendamping</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>{errors} error(s) and {warnings} warning(s). Errors must be fixed before submitting; warnings may stay.</source>
        <translation>{errors} kesalahan dan {warnings} peringatan. Kesalahan harus diperbaiki sebelum diajukan; peringatan boleh tetap ada.</translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation>Tidak ada yang perlu diperbaiki.</translation>
    </message>
    <message>
        <source>Reviu and return notes</source>
        <translation>Catatan reviu dan pengembalian</translation>
    </message>
    <message>
        <source>(done)</source>
        <translation>(selesai)</translation>
    </message>
    <message>
        <source>Submit for reviu (Ctrl+Enter)</source>
        <translation>Ajukan untuk direviu (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Reviu…</source>
        <translation>Reviu…</translation>
    </message>
    <message>
        <source>Return with notes…</source>
        <translation>Kembalikan dengan catatan…</translation>
    </message>
    <message>
        <source>Approve (penetapan)</source>
        <translation>Tetapkan SKP</translation>
    </message>
    <message>
        <source>Rencana SKP as PDF…</source>
        <translation>Rencana SKP sebagai PDF…</translation>
    </message>
    <message>
        <source>Approved version sha256: {digest}</source>
        <translation>sha256 versi yang ditetapkan: {digest}</translation>
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
