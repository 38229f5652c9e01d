namespace Mamori.Detection.Recognizers;

/// <summary>
/// Mamori's own term lists for special care-required information (要配慮個人情報), one per subcategory, and
/// the column headers that make a whole value special care. Terms are matched after folding, ASCII ones
/// case-insensitively and only as whole words.
/// </summary>
internal static class SpecialCareTerms
{
    public const string MedicalHistory = "medical_history";
    public const string Disability = "disability";
    public const string CriminalRecord = "criminal_record";
    public const string CrimeVictim = "crime_victim";
    public const string Creed = "creed";
    public const string Race = "race";
    public const string SocialStatus = "social_status";
    public const string HealthCheck = "health_check";
    public const string Treatment = "treatment";
    public const string CriminalProcedure = "criminal_procedure";
    public const string JuvenileProcedure = "juvenile_procedure";

    /// <summary>Every term with its subcategory. A term listed under two subcategories keeps the first.</summary>
    public static readonly (string Subcategory, string[] Terms)[] All =
    [
        (MedicalHistory,
        [
            "がん", "癌", "悪性腫瘍", "白血病", "悪性リンパ腫", "糖尿病", "高血圧症", "心筋梗塞", "狭心症", "心不全", "不整脈", "心臓病", "脳梗塞",
            "脳卒中", "脳出血", "くも膜下出血", "認知症", "アルツハイマー", "パーキンソン病", "うつ病", "鬱病", "躁うつ病", "双極性障害",
            "統合失調症", "適応障害", "パニック障害", "摂食障害", "拒食症", "過食症", "強迫性障害", "PTSD", "心的外傷後ストレス障害", "ADHD",
            "自閉症", "自閉スペクトラム症", "てんかん", "喘息", "ぜんそく", "アトピー性皮膚炎", "肝炎", "肝硬変", "腎不全", "慢性腎臓病", "HIV",
            "エイズ", "AIDS", "性感染症", "梅毒", "クラミジア", "結核", "難病", "膠原病", "関節リウマチ", "リウマチ", "クローン病",
            "潰瘍性大腸炎", "新型コロナウイルス感染症", "不妊症", "不妊治療", "流産", "人工妊娠中絶", "アルコール依存症", "薬物依存", "ギャンブル依存症",
            "依存症", "精神疾患", "持病", "cancer", "diabetes", "leukemia", "dementia", "depression", "schizophrenia", "epilepsy",
            "asthma", "hepatitis",
        ]),
        (Disability,
        [
            "身体障害者手帳", "精神障害者保健福祉手帳", "療育手帳", "障害者手帳", "身体障害", "身体障がい", "知的障害", "知的障がい", "精神障害",
            "精神障がい", "発達障害", "発達障がい", "視覚障害", "聴覚障害", "言語障害", "肢体不自由", "車椅子", "車いす", "障害等級", "障害年金",
            "障害者", "障がい者", "wheelchair", "disability", "disabled",
        ]),
        (CriminalRecord,
        [
            "前科", "前歴", "犯罪歴", "逮捕歴", "服役", "受刑", "懲役", "禁錮", "執行猶予", "有罪判決", "実刑", "刑務所", "仮釈放", "罰金刑",
            "criminal record", "convicted", "conviction",
        ]),
        (CrimeVictim,
        [
            "犯罪被害", "被害届", "性犯罪被害", "性被害", "性暴力", "ストーカー被害", "DV被害", "家庭内暴力", "虐待被害", "詐欺被害", "被害者",
            "crime victim",
        ]),
        (Creed,
        [
            "信仰", "入信", "信者", "信徒", "創価学会", "エホバの証人", "エホバ", "統一教会", "世界平和統一家庭連合", "幸福の科学", "天理教",
            "立正佼成会", "真如苑", "霊友会", "キリスト教徒", "クリスチャン", "カトリック信者", "仏教徒", "イスラム教徒", "ムスリム", "ユダヤ教徒",
            "ヒンドゥー教徒", "キリスト教", "仏教", "イスラム教", "支持政党", "党員", "政治信条", "思想信条", "religion", "religious belief",
        ]),
        (Race,
        [
            "人種", "民族", "出自", "在日韓国人", "在日朝鮮人", "在日コリアン", "アイヌ民族", "アイヌ", "琉球民族", "黒人", "白人", "ethnicity",
            "ethnic origin",
        ]),
        (SocialStatus,
        [
            "被差別部落", "同和地区", "部落出身", "同和出身", "門地", "非嫡出子", "嫡出でない子",
        ]),
        (HealthCheck,
        [
            "健康診断結果", "健康診断", "健診結果", "人間ドック", "特定健診", "血圧", "血糖値", "HbA1c", "尿酸値", "コレステロール値", "中性脂肪",
            "肝機能", "γ-GTP", "尿検査", "心電図", "要精密検査", "要再検査", "遺伝子検査", "ストレスチェック", "health check",
        ]),
        (Treatment,
        [
            "通院", "入院", "退院", "処方", "投薬", "服薬", "服用", "手術", "診療", "診察", "受診", "治療", "抗がん剤", "化学療法", "放射線治療",
            "リハビリ", "カウンセリング", "精神科", "心療内科", "人工透析", "透析", "インスリン", "prescription", "hospitalized", "surgery",
        ]),
        (CriminalProcedure,
        [
            "逮捕", "起訴", "不起訴", "書類送検", "送検", "公判", "勾留", "家宅捜索", "指名手配", "取り調べ", "取調べ", "arrested", "indicted",
        ]),
        (JuvenileProcedure,
        [
            "少年審判", "保護観察", "少年院", "少年鑑別所", "観護措置", "保護処分", "家庭裁判所送致", "児童自立支援施設",
        ]),
    ];

    /// <summary>Column headers whose values are special care in themselves (病歴, 宗教, disability…), with their subcategory.</summary>
    public static readonly (string Header, string Subcategory)[] TopicFields =
    [
        ("既往歴", MedicalHistory), ("現病歴", MedicalHistory), ("病歴", MedicalHistory), ("病気", MedicalHistory), ("病名", MedicalHistory), ("傷病名", MedicalHistory),
        ("診断名", MedicalHistory), ("疾患", MedicalHistory), ("持病", MedicalHistory), ("アレルギー", MedicalHistory), ("diagnosis", MedicalHistory),
        ("disease", MedicalHistory), ("medicalhistory", MedicalHistory),
        ("障害", Disability), ("障がい", Disability), ("disability", Disability),
        ("前科", CriminalRecord), ("犯罪歴", CriminalRecord), ("逮捕歴", CriminalRecord), ("criminalrecord", CriminalRecord),
        ("被害", CrimeVictim),
        ("宗教", Creed), ("信仰", Creed), ("信条", Creed), ("支持政党", Creed), ("religion", Creed), ("faith", Creed),
        ("人種", Race), ("民族", Race), ("race", Race), ("ethnicity", Race),
        ("健康診断", HealthCheck), ("健診", HealthCheck), ("血圧", HealthCheck), ("血糖", HealthCheck), ("bloodpressure", HealthCheck),
        ("服薬", Treatment), ("処方", Treatment), ("投薬", Treatment), ("通院", Treatment), ("入院", Treatment), ("治療", Treatment),
        ("手術", Treatment), ("受診", Treatment), ("medication", Treatment), ("prescription", Treatment), ("treatment", Treatment),
    ];

    /// <summary>Words for a person: a link between a term and someone in the same sentence.</summary>
    public static readonly string[] PersonWords =
    [
        "私", "わたし", "僕", "俺", "自分", "本人", "ご本人", "患者様", "患者さん", "患者", "会員様", "会員", "お客様", "利用者様", "利用者", "彼女", "彼",
        "夫", "妻", "息子", "娘", "父親", "母親", "父", "母", "祖父", "祖母", "兄", "姉", "弟", "妹", "長男", "長女", "次男", "次女", "社員",
        "従業員", "職員", "生徒", "児童", "被告人", "被告", "被疑者", "容疑者", "受刑者", "同氏", "氏名", "申請者", "申込者", "契約者", "被保険者",
        "主人", "家内", "子ども", "子供", "少年", "少女",
    ];

    /// <summary>Labels at the start of a line that make a text the record of a person (氏名：…, 患者氏名 …, 相談者：…).</summary>
    public static readonly string[] PersonLabels =
    [
        "氏名", "お名前", "名前", "顧客名", "患者名", "会員名", "相談者", "利用者", "お客様", "契約者", "申込者", "被保険者", "対象者", "本人",
    ];

    /// <summary>English words for a person (whole words, case-sensitive so that "I" is the pronoun).</summary>
    public static readonly string[] EnglishPersonWords = ["I", "my", "me", "he", "she", "his", "her", "patient", "Mr.", "Ms.", "Mrs.", "Dr."];

    /// <summary>What after a term makes it a topic rather than a fact about someone (糖尿病の本, がん保険, 入院のご案内).</summary>
    public static readonly string[] TopicFollowers =
    [
        "の本", "の書籍", "本を", "関連", "に関する", "についての", "について", "特集", "の記事", "のニュース", "対策", "予防", "啓発", "専門",
        "向け", "保険", "セミナー", "研究", "の研究", "患者数", "率", "時間", "のご案内", "案内", "受付", "窓口", "施設", "団体", "法",
        "制度", "情報", "全般", "一般", "室", "所", "棟", "台", "計",
    ];

    /// <summary>Values of a topic column that say "nothing": なし, 特になし, none.</summary>
    public static readonly string[] EmptyValues =
    [
        "なし", "無し", "無", "ない", "特になし", "特に無し", "該当なし", "不明", "-", "ー", "none", "no", "n/a", "na", "null", "nil", "false", "0",
    ];
}
