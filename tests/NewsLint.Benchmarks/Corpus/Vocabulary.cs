using System.Collections.Immutable;

namespace NewsLint.Benchmarks.Corpus;

/// <summary>
/// The words the corpus generator writes with, per language. Test data, not linter knowledge: the engine's own
/// vocabulary lives in rules/. Place spellings mirror rules/places so that enumerations hit real places.
/// </summary>
internal sealed class Vocabulary
{
    public static readonly Vocabulary English = new()
    {
        Code = "en",
        Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        Places = ["Kyiv", "Kharkiv", "Chernihiv", "Odesa", "Lviv", "Berdyansk", "Sumy", "Moscow", "Kazakhstan", "Kyrgyzstan", "Belarus", "Armenia", "Tajikistan", "Finland", "Sweden", "Uzbekistan", "Zaporizhzhia", "Dnipro", "Mariupol", "Kherson"],
        People = ["Maria Kovalenko", "Oleksiy Danilov", "Anna Berg", "Rustam Nazarov", "Helena Virtanen", "Dmitry Sokolov", "Aigerim Bekova", "Lars Lindqvist", "Nadia Petrenko", "Tigran Sargsyan"],
        Roles = ["a government spokesperson", "the foreign minister", "a senior official", "the regional governor", "an analyst at the institute", "the defence ministry"],
        Verbs = ["said", "told reporters", "added", "warned", "explained", "stressed"],
        Conjunction = "and",
        Subjects = ["The talks", "The summit", "The delegation", "The ministry", "Regional authorities", "The alliance", "Local officials", "The committee", "Observers", "The council"],
        Predicates = ["met behind closed doors for several hours", "issued a joint statement on security in the region", "discussed energy supplies and the reconstruction of bridges", "agreed to meet again before the end of the year", "reviewed the situation along the border", "announced new funding for emergency shelters", "called for calm after a week of tension", "published a report on the damage to power lines"],
        Fillers = ["the situation remained difficult but stable", "talks would continue at the level of deputy ministers", "the decision had been taken unanimously", "further details would be published in the coming days", "trains were running again on most lines", "schools in the area had reopened", "the agreement still needed to be ratified by parliament", "prices for grain and fuel had risen sharply"],
        Headings = ["What happened", "Background", "Reactions", "What comes next", "The numbers", "Timeline"],
        Titles = ["Leaders meet as tensions rise", "Talks resume after a long pause", "Shelling reported in the east", "Alliance members sign new accord", "Ministers discuss energy and security"],
        ListItems = ["evacuation of civilians from frontline towns", "repairs to the power grid", "the exchange of prisoners", "new sanctions on exports", "humanitarian corridors", "the reopening of ports"],
        Treaties = [
            ("Article 5 of the North Atlantic Treaty", "The Parties agree that an armed attack against one or more of them in Europe or North America shall be considered an attack against them all"),
            ("Article 51 of the Charter of the United Nations", "Nothing in the present Charter shall impair the inherent right of individual or collective self-defence if an armed attack occurs against a Member of the United Nations"),
            ("Article 4 of the Collective Security Treaty", "If one of the States Parties is subjected to aggression by any state or group of states, then this will be considered as aggression against all States Parties to this Treaty"),
            ("Article 2 of the Charter of the United Nations", "All Members shall settle their international disputes by peaceful means in such a manner that international peace and security, and justice, are not endangered"),
        ],
        Reads = "states",
        On = "on",
        DateOrder = DateOrder.DayMonthYear,
        ListIntro = "The agenda included:",
        LinkText = ["a statement", "the full report", "an earlier article", "the transcript"],
        Reported = "were reported in",
        In = "in",
        According = "according to",
    };

    public static readonly Vocabulary Indonesian = new()
    {
        Code = "id",
        Months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
        Weekdays = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"],
        Places = ["Kyiv", "Kharkiv", "Chernihiv", "Odesa", "Lviv", "Berdyansk", "Sumy", "Moskow", "Kazakhstan", "Kirgistan", "Belarus", "Armenia", "Tajikistan", "Finlandia", "Swedia", "Uzbekistan", "Zaporizhzhia", "Dnipro", "Mariupol", "Kherson"],
        People = ["Maria Kovalenko", "Oleksiy Danilov", "Anna Berg", "Rustam Nazarov", "Helena Virtanen", "Dmitry Sokolov", "Aigerim Bekova", "Lars Lindqvist", "Nadia Petrenko", "Tigran Sargsyan"],
        Roles = ["juru bicara pemerintah", "menteri luar negeri", "seorang pejabat senior", "gubernur daerah", "analis lembaga kajian", "kementerian pertahanan"],
        Verbs = ["ujar", "kata", "tutur", "ungkap", "jelas", "tambah"],
        Conjunction = "dan",
        Subjects = ["Pertemuan itu", "KTT tersebut", "Delegasi", "Kementerian", "Pemerintah daerah", "Aliansi", "Para pejabat setempat", "Komite", "Para pengamat", "Dewan"],
        Predicates = ["berlangsung tertutup selama beberapa jam", "mengeluarkan pernyataan bersama tentang keamanan kawasan", "membahas pasokan energi dan pembangunan kembali jembatan", "sepakat untuk bertemu lagi sebelum akhir tahun", "meninjau situasi di sepanjang perbatasan", "mengumumkan dana baru untuk tempat penampungan darurat", "menyerukan ketenangan setelah sepekan ketegangan", "menerbitkan laporan tentang kerusakan jaringan listrik"],
        Fillers = ["situasi masih sulit tetapi stabil", "perundingan akan dilanjutkan di tingkat wakil menteri", "keputusan itu diambil secara bulat", "rincian lebih lanjut akan diumumkan dalam beberapa hari", "kereta api kembali beroperasi di sebagian besar jalur", "sekolah di daerah itu sudah dibuka kembali", "perjanjian itu masih harus diratifikasi parlemen", "harga gandum dan bahan bakar naik tajam"],
        Headings = ["Apa yang terjadi", "Latar belakang", "Tanggapan", "Langkah selanjutnya", "Angka-angka", "Kronologi"],
        Titles = ["Para pemimpin bertemu di tengah ketegangan", "Perundingan dilanjutkan setelah jeda panjang", "Serangan dilaporkan di wilayah timur", "Anggota aliansi teken kesepakatan baru", "Para menteri bahas energi dan keamanan"],
        ListItems = ["evakuasi warga sipil dari kota garis depan", "perbaikan jaringan listrik", "pertukaran tahanan", "sanksi baru atas ekspor", "koridor kemanusiaan", "pembukaan kembali pelabuhan"],
        Treaties = [
            ("pasal 5 Traktat Atlantik Utara", "Para Pihak sepakat bahwa serangan bersenjata terhadap satu atau lebih dari mereka di Eropa atau Amerika Utara akan dianggap sebagai serangan terhadap mereka semua"),
            ("pasal 51 Piagam PBB", "Tidak ada satu ketentuan pun dalam Piagam ini yang boleh mengurangi hak perseorangan atau bersama untuk membela diri apabila suatu serangan bersenjata terjadi terhadap suatu Anggota PBB"),
            ("pasal 4 Perjanjian Keamanan Kolektif", "Jika salah satu negara pihak menjadi sasaran agresi oleh negara atau kelompok negara mana pun, maka hal itu akan dianggap sebagai agresi terhadap seluruh negara pihak dalam perjanjian ini"),
            ("pasal 2 Piagam PBB", "Semua Anggota harus menyelesaikan persengketaan internasional mereka dengan jalan damai sehingga perdamaian dan keamanan internasional serta keadilan tidak terancam"),
        ],
        Reads = "bunyi",
        On = "pada hari",
        DateOrder = DateOrder.DayMonthYear,
        ListIntro = "Agenda pertemuan meliputi:",
        LinkText = ["pernyataan resmi", "laporan lengkap", "artikel sebelumnya", "transkrip"],
        Reported = "dilaporkan terjadi di",
        In = "di",
        According = "menurut",
    };

    public required string Code { get; init; }

    /// <summary>January first.</summary>
    public required ImmutableArray<string> Months { get; init; }

    /// <summary>Sunday first, like <see cref="System.DayOfWeek"/>.</summary>
    public required ImmutableArray<string> Weekdays { get; init; }

    public required ImmutableArray<string> Places { get; init; }

    public required ImmutableArray<string> People { get; init; }

    public required ImmutableArray<string> Roles { get; init; }

    public required ImmutableArray<string> Verbs { get; init; }

    public required string Conjunction { get; init; }

    public required ImmutableArray<string> Subjects { get; init; }

    public required ImmutableArray<string> Predicates { get; init; }

    public required ImmutableArray<string> Fillers { get; init; }

    public required ImmutableArray<string> Headings { get; init; }

    public required ImmutableArray<string> Titles { get; init; }

    public required ImmutableArray<string> ListItems { get; init; }

    /// <summary>(where the clause comes from, the clause).</summary>
    public required ImmutableArray<(string Source, string Clause)> Treaties { get; init; }

    public required string Reads { get; init; }

    public required string On { get; init; }

    public required DateOrder DateOrder { get; init; }

    public required string ListIntro { get; init; }

    public required ImmutableArray<string> LinkText { get; init; }

    public required string Reported { get; init; }

    public required string In { get; init; }

    public required string According { get; init; }
}

internal enum DateOrder
{
    DayMonthYear,
    MonthDayYear,
}
