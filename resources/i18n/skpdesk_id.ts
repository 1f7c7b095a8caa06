<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>App</name>
    <message>
        <source>SKP Desk</source>
        <translation>SKP Desk</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
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
        <source>The action could not be completed ({code}).</source>
        <translation>Tindakan tidak dapat diselesaikan ({code}).</translation>
    </message>
    <message>
        <source>Try again; if it happens again, copy the details for support.</source>
        <translation>Coba lagi; jika terulang, salin rinciannya untuk tim dukungan.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SKP Desk — {path}</source>
        <translation>SKP Desk — {path}</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Workspace {path}
Schema {schema} · {ops} recorded changes</source>
        <translation>Ruang kerja {path}
Skema {schema} · {ops} perubahan tercatat</translation>
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
</TS>