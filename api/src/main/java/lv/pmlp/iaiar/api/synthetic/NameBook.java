package lv.pmlp.iaiar.api.synthetic;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import lv.pmlp.iaiar.events.person.PersonName;
import lv.pmlp.iaiar.events.person.PersonNames;
import lv.pmlp.iaiar.events.person.Sex;

/**
 * Curated names per language group, each with the Latin form its travel document carries written out by hand
 * (ICAO 9303 for Cyrillic; the issuing state's customary form elsewhere) and, for the former-USSR groups, the
 * Latvian form with its Latvian ending where one is usual. Nothing is transliterated at run time: the pairs are
 * reference data that transliteration and search can later be tested against.
 */
final class NameBook {

    /** One name: original script (null when the document is the only written form), Latin, Latvian (optional). */
    record Entry(String surname, String given, String latinSurname, String latinGiven, String latvianSurname,
                 String latvianGiven) {

        PersonNames toNames(String script, boolean withLatvian) {
            PersonName original = surname == null ? null : new PersonName(surname, given, script);
            PersonName latvian = withLatvian && latvianSurname != null ? new PersonName(latvianSurname, latvianGiven, "Latn") : null;
            return new PersonNames(original, new PersonName(latinSurname, latinGiven, "Latn"), latvian);
        }
    }

    /** A language group: its script and its male and female names. */
    record Group(String script, List<Entry> male, List<Entry> female) {

        Entry pick(Sex sex, SplittableRandom random) {
            List<Entry> names = sex == Sex.FEMALE ? female : male;
            return names.get(random.nextInt(names.size()));
        }
    }

    private NameBook() {
    }

    private static Entry n(String surname, String given, String latinSurname, String latinGiven) {
        return new Entry(surname, given, latinSurname, latinGiven, null, null);
    }

    private static Entry n(String surname, String given, String latinSurname, String latinGiven, String lvSurname, String lvGiven) {
        return new Entry(surname, given, latinSurname, latinGiven, lvSurname, lvGiven);
    }

    /** Names written only in Latin letters in the document (no other script recorded). */
    private static Entry latin(String latinSurname, String latinGiven) {
        return new Entry(null, null, latinSurname, latinGiven, null, null);
    }

    static final Group RUSSIAN = new Group("Cyrl", List.of(
            n("Иванов", "Иван", "IVANOV", "IVAN", "Ivanovs", "Ivans"),
            n("Смирнов", "Алексей", "SMIRNOV", "ALEKSEI", "Smirnovs", "Aleksejs"),
            n("Кузнецов", "Дмитрий", "KUZNETSOV", "DMITRII", "Kuzņecovs", "Dmitrijs"),
            n("Попов", "Сергей", "POPOV", "SERGEI", "Popovs", "Sergejs"),
            n("Соколов", "Андрей", "SOKOLOV", "ANDREI", "Sokolovs", "Andrejs"),
            n("Волков", "Николай", "VOLKOV", "NIKOLAI", "Volkovs", "Nikolajs"),
            n("Фёдоров", "Артём", "FEDOROV", "ARTEM", "Fjodorovs", "Artjoms"),
            n("Морозов", "Юрий", "MOROZOV", "IURII", "Morozovs", "Jurijs"),
            n("Лебедев", "Михаил", "LEBEDEV", "MIKHAIL", "Ļebedevs", "Mihails"),
            n("Козлов", "Евгений", "KOZLOV", "EVGENII", "Kozlovs", "Jevgeņijs"),
            n("Новиков", "Илья", "NOVIKOV", "ILIA", "Novikovs", "Iļja"),
            n("Щербаков", "Владимир", "SHCHERBAKOV", "VLADIMIR", "Ščerbakovs", "Vladimirs"),
            n("Жуков", "Павел", "ZHUKOV", "PAVEL", "Žukovs", "Pāvels"),
            n("Васильев", "Роман", "VASILEV", "ROMAN", "Vasiļjevs", "Romans")),
            List.of(
            n("Иванова", "Мария", "IVANOVA", "MARIIA", "Ivanova", "Marija"),
            n("Смирнова", "Анна", "SMIRNOVA", "ANNA", "Smirnova", "Anna"),
            n("Кузнецова", "Ольга", "KUZNETSOVA", "OLGA", "Kuzņecova", "Olga"),
            n("Попова", "Елена", "POPOVA", "ELENA", "Popova", "Jeļena"),
            n("Соколова", "Наталья", "SOKOLOVA", "NATALIA", "Sokolova", "Natālija"),
            n("Волкова", "Юлия", "VOLKOVA", "IULIIA", "Volkova", "Jūlija"),
            n("Морозова", "Татьяна", "MOROZOVA", "TATIANA", "Morozova", "Tatjana"),
            n("Лебедева", "Ксения", "LEBEDEVA", "KSENIIA", "Ļebedeva", "Ksenija")));

    /** Ukrainian ICAO rows differ from Russian: Г→H, И→Y, І→I, Ї→I, Є→IE. Names ending in -ко do not change by sex. */
    static final Group UKRAINIAN = new Group("Cyrl", List.of(
            n("Шевченко", "Олександр", "SHEVCHENKO", "OLEKSANDR", "Ševčenko", "Oleksandrs"),
            n("Коваленко", "Андрій", "KOVALENKO", "ANDRII", "Kovaļenko", "Andrijs"),
            n("Бондаренко", "Дмитро", "BONDARENKO", "DMYTRO"),
            n("Ткаченко", "Сергій", "TKACHENKO", "SERHII", "Tkačenko", "Serhijs"),
            n("Кравченко", "Володимир", "KRAVCHENKO", "VOLODYMYR", "Kravčenko", "Volodimirs"),
            n("Мельник", "Юрій", "MELNYK", "IURII"),
            n("Бойко", "Іван", "BOIKO", "IVAN", "Boiko", "Ivans"),
            n("Олійник", "Василь", "OLIINYK", "VASYL"),
            n("Гончаренко", "Максим", "HONCHARENKO", "MAKSYM", "Hončarenko", "Maksims")),
            List.of(
            n("Шевченко", "Оксана", "SHEVCHENKO", "OKSANA", "Ševčenko", "Oksana"),
            n("Коваленко", "Ірина", "KOVALENKO", "IRYNA", "Kovaļenko", "Irina"),
            n("Мельник", "Наталія", "MELNYK", "NATALIIA"),
            n("Бондар", "Олена", "BONDAR", "OLENA"),
            n("Кравчук", "Юлія", "KRAVCHUK", "IULIIA"),
            n("Ковальова", "Тетяна", "KOVALOVA", "TETIANA", "Kovaļova", "Tetjana"),
            n("Гнатюк", "Людмила", "HNATIUK", "LIUDMYLA")));

    /** Belarusian Cyrillic with Belarusian ICAO rows: Г→H, Ў→U, Ё→E. */
    static final Group BELARUSIAN = new Group("Cyrl", List.of(
            n("Лукашэвіч", "Аляксандр", "LUKASHEVICH", "ALIAKSANDR", "Lukaševičs", "Aļaksandrs"),
            n("Кавалёў", "Сяргей", "KAVALEU", "SIARHEI"),
            n("Шостак", "Дзмітрый", "SHOSTAK", "DZMITRYI"),
            n("Навіцкі", "Андрэй", "NAVITSKI", "ANDREI"),
            n("Жук", "Мікалай", "ZHUK", "MIKALAI")),
            List.of(
            n("Лукашэвіч", "Ганна", "LUKASHEVICH", "HANNA"),
            n("Навіцкая", "Вольга", "NAVITSKAIA", "VOLHA"),
            n("Кавалёва", "Таццяна", "KAVALEVA", "TATSTSIANA"),
            n("Шостак", "Алена", "SHOSTAK", "ALENA")));

    /** Uzbek names in Cyrillic (older documents). */
    static final Group UZBEK_CYRILLIC = new Group("Cyrl", List.of(
            n("Каримов", "Рустам", "KARIMOV", "RUSTAM", "Karimovs", "Rustams"),
            n("Турсунов", "Азамат", "TURSUNOV", "AZAMAT"),
            n("Алимов", "Фаррух", "ALIMOV", "FARRUKH"),
            n("Назаров", "Ботир", "NAZAROV", "BOTIR")),
            List.of(
            n("Каримова", "Дилноза", "KARIMOVA", "DILNOZA", "Karimova", "Dilnoza"),
            n("Алимова", "Малика", "ALIMOVA", "MALIKA")));

    /** Uzbek names in the Uzbek Latin alphabet, which the passport prints with its apostrophes dropped. */
    static final Group UZBEK_LATIN = new Group("Latn", List.of(
            n("Toshmatov", "Sardor", "TOSHMATOV", "SARDOR"),
            n("Ergashev", "Jasur", "ERGASHEV", "JASUR"),
            n("Qodirov", "Shoxrux", "QODIROV", "SHOXRUX")),
            List.of(
            n("Yo‘ldosheva", "Nilufar", "YOLDOSHEVA", "NILUFAR"),
            n("Ergasheva", "Gulnora", "ERGASHEVA", "GULNORA")));

    static final Group TAJIK = new Group("Cyrl", List.of(
            n("Назаров", "Далер", "NAZAROV", "DALER"),
            n("Саидов", "Бахтовар", "SAIDOV", "BAKHTOVAR"),
            n("Шарипов", "Фаррух", "SHARIPOV", "FARRUKH"),
            n("Сафаров", "Манучехр", "SAFAROV", "MANUCHEKHR")),
            List.of(
            n("Саидова", "Мадина", "SAIDOVA", "MADINA"),
            n("Назарова", "Зарина", "NAZAROVA", "ZARINA")));

    static final Group KYRGYZ = new Group("Cyrl", List.of(
            n("Асанов", "Бакыт", "ASANOV", "BAKYT"),
            n("Токтогулов", "Нурлан", "TOKTOGULOV", "NURLAN"),
            n("Жумабеков", "Эрлан", "ZHUMABEKOV", "ERLAN")),
            List.of(
            n("Асанова", "Айгуль", "ASANOVA", "AIGUL"),
            n("Токтогулова", "Жылдыз", "TOKTOGULOVA", "ZHYLDYZ")));

    /** Georgian surnames do not change by sex. */
    static final Group GEORGIAN = new Group("Geor", List.of(
            n("ბერიძე", "გიორგი", "BERIDZE", "GIORGI"),
            n("კაპანაძე", "დავით", "KAPANADZE", "DAVIT"),
            n("გელაშვილი", "ლევან", "GELASHVILI", "LEVAN"),
            n("ლომიძე", "ნიკა", "LOMIDZE", "NIKA"),
            n("ხუციშვილი", "ირაკლი", "KHUTSISHVILI", "IRAKLI")),
            List.of(
            n("ბერიძე", "ნინო", "BERIDZE", "NINO"),
            n("გელაშვილი", "თამარ", "GELASHVILI", "TAMAR"),
            n("ლომიძე", "მარიამ", "LOMIDZE", "MARIAM")));

    /** Hanzi with Hanyu Pinyin without tone marks, as Chinese passports print it. */
    static final Group CHINESE = new Group("Hani", List.of(
            n("王", "伟", "WANG", "WEI"),
            n("张", "磊", "ZHANG", "LEI"),
            n("刘", "洋", "LIU", "YANG"),
            n("杨", "勇", "YANG", "YONG"),
            n("赵", "军", "ZHAO", "JUN"),
            n("周", "杰", "ZHOU", "JIE")),
            List.of(
            n("李", "娜", "LI", "NA"),
            n("陈", "静", "CHEN", "JING"),
            n("黄", "丽", "HUANG", "LI"),
            n("吴", "芳", "WU", "FANG")));

    static final Group IRAQI = new Group("Arab", List.of(
            n("حسين", "علي", "HUSSEIN", "ALI"),
            n("الساعدي", "محمد", "ALSAADI", "MOHAMMED"),
            n("كاظم", "مصطفى", "KADHIM", "MUSTAFA")),
            List.of(
            n("حسين", "فاطمة", "HUSSEIN", "FATIMA"),
            n("عبدالله", "زينب", "ABDULLAH", "ZAINAB")));

    static final Group SYRIAN = new Group("Arab", List.of(
            n("الأحمد", "خالد", "ALAHMAD", "KHALED"),
            n("حداد", "يوسف", "HADDAD", "YOUSEF"),
            n("المصري", "عمر", "ALMASRI", "OMAR")),
            List.of(
            n("الخطيب", "رنا", "ALKHATIB", "RANA"),
            n("حداد", "لينا", "HADDAD", "LINA")));

    /** Dari names in the Perso-Arabic alphabet (ISO 15924 Arab). */
    static final Group AFGHAN = new Group("Arab", List.of(
            n("احمدی", "محمد", "AHMADI", "MOHAMMAD"),
            n("کریمی", "احمد", "KARIMI", "AHMAD"),
            n("حیدری", "علی", "HAIDARI", "ALI")),
            List.of(
            n("احمدی", "فریبا", "AHMADI", "FARIBA"),
            n("نوری", "مریم", "NOORI", "MARYAM")));

    /** Urdu names in the Perso-Arabic alphabet. */
    static final Group PAKISTANI = new Group("Arab", List.of(
            n("خان", "عمران", "KHAN", "IMRAN"),
            n("احمد", "بلال", "AHMED", "BILAL"),
            n("حسین", "علی", "HUSSAIN", "ALI")),
            List.of(
            n("خان", "عائشہ", "KHAN", "AYESHA")));

    /** Hindi names in Devanagari where recorded; Indian passports print only the Latin form. */
    static final Group INDIAN = new Group("Deva", List.of(
            n("शर्मा", "राहुल", "SHARMA", "RAHUL"),
            n("कुमार", "अमित", "KUMAR", "AMIT"),
            latin("SINGH", "GURPREET"),
            latin("PATEL", "RAKESH"),
            latin("REDDY", "SRINIVAS")),
            List.of(
            n("शर्मा", "प्रिया", "SHARMA", "PRIYA"),
            latin("KAUR", "HARPREET")));

    static final Group SINHALA = new Group("Sinh", List.of(
            n("පෙරේරා", "නිමල්", "PERERA", "NIMAL"),
            n("සිල්වා", "කසුන්", "SILVA", "KASUN")),
            List.of(
            n("පෙරේරා", "දිලිනි", "PERERA", "DILINI")));

    static final Group NIGERIAN = new Group("Latn", List.of(
            latin("OKAFOR", "CHINEDU"),
            latin("ADEYEMI", "OLUWASEUN"),
            latin("BELLO", "IBRAHIM")),
            List.of(
            latin("OKONKWO", "NGOZI"),
            latin("ADEBAYO", "FUNMILAYO")));

    /** Turkish letters with diacritics; the document's Latin form drops them (Ş→S, Ç→C, Ğ→G, ı→I). */
    static final Group TURKISH = new Group("Latn", List.of(
            n("Yılmaz", "Mehmet", "YILMAZ", "MEHMET"),
            n("Şahin", "Mustafa", "SAHIN", "MUSTAFA"),
            n("Çelik", "Ahmet", "CELIK", "AHMET"),
            n("Doğan", "Emre", "DOGAN", "EMRE")),
            List.of(
            n("Kaya", "Ayşe", "KAYA", "AYSE"),
            n("Yıldız", "Elif", "YILDIZ", "ELIF"),
            n("Aydın", "Zeynep", "AYDIN", "ZEYNEP")));

    /** Vietnamese with its tone marks; the passport prints the letters without them (Đ→D). */
    static final Group VIETNAMESE = new Group("Latn", List.of(
            n("Nguyễn", "Văn An", "NGUYEN", "VAN AN"),
            n("Trần", "Văn Hùng", "TRAN", "VAN HUNG"),
            n("Lê", "Minh Tuấn", "LE", "MINH TUAN"),
            n("Đặng", "Văn Đức", "DANG", "VAN DUC")),
            List.of(
            n("Nguyễn", "Thị Lan", "NGUYEN", "THI LAN"),
            n("Trần", "Thị Hương", "TRAN", "THI HUONG"),
            n("Lê", "Thị Mai", "LE", "THI MAI")));

    /** Romanian diacritics (Ț, Ș) drop in the document. */
    static final Group MOLDOVAN = new Group("Latn", List.of(
            n("Rusu", "Ion", "RUSU", "ION"),
            n("Ceban", "Vasile", "CEBAN", "VASILE"),
            n("Țurcanu", "Andrei", "TURCANU", "ANDREI")),
            List.of(
            n("Lungu", "Ana", "LUNGU", "ANA"),
            n("Ciobanu", "Mariana", "CIOBANU", "MARIANA"),
            n("Ștefăneț", "Elena", "STEFANET", "ELENA")));

    /** ICAO 9303 writes Ä, Ö, Ü as AE, OE, UE and ß as SS. */
    static final Group GERMAN = new Group("Latn", List.of(
            n("Müller", "Jürgen", "MUELLER", "JUERGEN"),
            n("Schäfer", "Andreas", "SCHAEFER", "ANDREAS"),
            n("Weiß", "Stefan", "WEISS", "STEFAN")),
            List.of(
            n("Müller", "Sabine", "MUELLER", "SABINE"),
            n("Becker", "Anna", "BECKER", "ANNA")));

    /** Lithuanian women's surnames end in -ienė (married) or -aitė/-ytė (unmarried). */
    static final Group LITHUANIAN = new Group("Latn", List.of(
            n("Kazlauskas", "Tomas", "KAZLAUSKAS", "TOMAS"),
            n("Petrauskas", "Žygimantas", "PETRAUSKAS", "ZYGIMANTAS"),
            n("Šimkus", "Darius", "SIMKUS", "DARIUS")),
            List.of(
            n("Kazlauskienė", "Rūta", "KAZLAUSKIENE", "RUTA"),
            n("Petrauskaitė", "Eglė", "PETRAUSKAITE", "EGLE")));

    /** Every group by name, for tests that check the book itself. */
    static final Map<String, Group> ALL = Map.ofEntries(
            Map.entry("RUSSIAN", RUSSIAN), Map.entry("UKRAINIAN", UKRAINIAN), Map.entry("BELARUSIAN", BELARUSIAN),
            Map.entry("UZBEK_CYRILLIC", UZBEK_CYRILLIC), Map.entry("UZBEK_LATIN", UZBEK_LATIN), Map.entry("TAJIK", TAJIK),
            Map.entry("KYRGYZ", KYRGYZ), Map.entry("GEORGIAN", GEORGIAN), Map.entry("CHINESE", CHINESE),
            Map.entry("IRAQI", IRAQI), Map.entry("SYRIAN", SYRIAN), Map.entry("AFGHAN", AFGHAN),
            Map.entry("PAKISTANI", PAKISTANI), Map.entry("INDIAN", INDIAN), Map.entry("SINHALA", SINHALA),
            Map.entry("NIGERIAN", NIGERIAN), Map.entry("TURKISH", TURKISH), Map.entry("VIETNAMESE", VIETNAMESE),
            Map.entry("MOLDOVAN", MOLDOVAN), Map.entry("GERMAN", GERMAN), Map.entry("LITHUANIAN", LITHUANIAN));
}
