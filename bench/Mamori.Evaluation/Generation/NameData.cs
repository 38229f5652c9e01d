namespace Mamori.Evaluation.Generation;

/// <summary>
/// Japanese surnames and given names with their katakana reading and romanisation. Bogus's <c>ja</c>
/// locale has only 20 surnames and 21 given names in kanji, without readings: they come first here
/// (so every name Bogus gives has a reading), followed by common, older-generation, rare
/// (小鳥遊, 勅使河原) and common-word (林, 森, 光, 誠) names.
/// </summary>
internal static class NameData
{
    public static readonly NameEntry[] Surnames = Parse(
        "佐藤:サトウ:sato 鈴木:スズキ:suzuki 高橋:タカハシ:takahashi 田中:タナカ:tanaka 伊藤:イトウ:ito 渡辺:ワタナベ:watanabe " +
        "山本:ヤマモト:yamamoto 中村:ナカムラ:nakamura 小林:コバヤシ:kobayashi 加藤:カトウ:kato 吉田:ヨシダ:yoshida 山田:ヤマダ:yamada " +
        "佐々木:ササキ:sasaki 山口:ヤマグチ:yamaguchi 松本:マツモト:matsumoto 井上:イノウエ:inoue 木村:キムラ:kimura 林:ハヤシ:hayashi " +
        "斎藤:サイトウ:saito 清水:シミズ:shimizu " +
        "山崎:ヤマザキ:yamazaki 森:モリ:mori 池田:イケダ:ikeda 橋本:ハシモト:hashimoto 阿部:アベ:abe 石川:イシカワ:ishikawa " +
        "山下:ヤマシタ:yamashita 中島:ナカジマ:nakajima 石井:イシイ:ishii 小川:オガワ:ogawa 前田:マエダ:maeda 岡田:オカダ:okada " +
        "長谷川:ハセガワ:hasegawa 藤田:フジタ:fujita 後藤:ゴトウ:goto 近藤:コンドウ:kondo 村上:ムラカミ:murakami 遠藤:エンドウ:endo " +
        "青木:アオキ:aoki 坂本:サカモト:sakamoto 斉藤:サイトウ:saito 福田:フクダ:fukuda 太田:オオタ:ota 西村:ニシムラ:nishimura " +
        "藤井:フジイ:fujii 金子:カネコ:kaneko 岡本:オカモト:okamoto 藤原:フジワラ:fujiwara 中野:ナカノ:nakano 三浦:ミウラ:miura " +
        "原田:ハラダ:harada 中川:ナカガワ:nakagawa 松田:マツダ:matsuda 竹内:タケウチ:takeuchi 小野:オノ:ono 田村:タムラ:tamura " +
        "中山:ナカヤマ:nakayama 和田:ワダ:wada 石田:イシダ:ishida 森田:モリタ:morita 上田:ウエダ:ueda 原:ハラ:hara " +
        "柴田:シバタ:shibata 酒井:サカイ:sakai 工藤:クドウ:kudo 横山:ヨコヤマ:yokoyama 宮崎:ミヤザキ:miyazaki 宮本:ミヤモト:miyamoto " +
        "内田:ウチダ:uchida 高木:タカギ:takagi 安藤:アンドウ:ando 谷口:タニグチ:taniguchi 大野:オオノ:ono 丸山:マルヤマ:maruyama " +
        "今井:イマイ:imai 河野:コウノ:kono 藤本:フジモト:fujimoto 村田:ムラタ:murata 武田:タケダ:takeda 上野:ウエノ:ueno " +
        "杉山:スギヤマ:sugiyama 増田:マスダ:masuda 平野:ヒラノ:hirano 大塚:オオツカ:otsuka 千葉:チバ:chiba 久保:クボ:kubo " +
        "松井:マツイ:matsui 小島:コジマ:kojima 岩崎:イワサキ:iwasaki 桜井:サクライ:sakurai 野口:ノグチ:noguchi 松尾:マツオ:matsuo " +
        "野村:ノムラ:nomura 木下:キノシタ:kinoshita 菊地:キクチ:kikuchi 佐野:サノ:sano 大西:オオニシ:onishi 杉本:スギモト:sugimoto " +
        "新井:アライ:arai 浜田:ハマダ:hamada 菅原:スガワラ:sugawara 市川:イチカワ:ichikawa 水野:ミズノ:mizuno 小松:コマツ:komatsu " +
        "島田:シマダ:shimada 古川:フルカワ:furukawa 小山:コヤマ:koyama 高野:タカノ:takano 西田:ニシダ:nishida 菊池:キクチ:kikuchi " +
        "山内:ヤマウチ:yamauchi 西川:ニシカワ:nishikawa 五十嵐:イガラシ:igarashi 北村:キタムラ:kitamura 安田:ヤスダ:yasuda 中田:ナカタ:nakata " +
        "川口:カワグチ:kawaguchi 平田:ヒラタ:hirata 川崎:カワサキ:kawasaki 飯田:イイダ:iida 吉川:ヨシカワ:yoshikawa 本田:ホンダ:honda " +
        "久保田:クボタ:kubota 沢田:サワダ:sawada 辻:ツジ:tsuji 関:セキ:seki 吉村:ヨシムラ:yoshimura 渡部:ワタナベ:watanabe " +
        "岩田:イワタ:iwata 中西:ナカニシ:nakanishi 服部:ハットリ:hattori 樋口:ヒグチ:higuchi 福島:フクシマ:fukushima 川上:カワカミ:kawakami " +
        "永井:ナガイ:nagai 松岡:マツオカ:matsuoka 田口:タグチ:taguchi 山中:ヤマナカ:yamanaka 森本:モリモト:morimoto 土屋:ツチヤ:tsuchiya " +
        "矢野:ヤノ:yano 広瀬:ヒロセ:hirose 秋山:アキヤマ:akiyama 石原:イシハラ:ishihara 松下:マツシタ:matsushita 大橋:オオハシ:ohashi " +
        "松浦:マツウラ:matsuura 吉岡:ヨシオカ:yoshioka 小池:コイケ:koike 馬場:ババ:baba 浅野:アサノ:asano 荒木:アラキ:araki " +
        "大久保:オオクボ:okubo 野田:ノダ:noda 小沢:オザワ:ozawa 田辺:タナベ:tanabe 川村:カワムラ:kawamura 星野:ホシノ:hoshino " +
        "谷:タニ:tani 岡:オカ:oka 東海林:ショウジ:shoji 小鳥遊:タカナシ:takanashi 勅使河原:テシガワラ:teshigawara 月見里:ヤマナシ:yamanashi " +
        "九十九:ツクモ:tsukumo 栗花落:ツユリ:tsuyuri 比嘉:ヒガ:higa 金城:キンジョウ:kinjo 宮城:ミヤギ:miyagi 大城:オオシロ:oshiro");

    public static readonly NameEntry[] GivenNames = Parse(
        "颯太:ソウタ:sota 愛菜:マナ:mana 杏:アン:an 陸斗:リクト:rikuto 大翔:ヒロト:hiroto 陽菜:ヒナ:hina 樹:イツキ:itsuki " +
        "美咲:ミサキ:misaki 大和:ヤマト:yamato 太一:タイチ:taichi 結菜:ユイナ:yuina 翼:ツバサ:tsubasa 結衣:ユイ:yui 蓮:レン:ren " +
        "莉子:リコ:riko 海翔:カイト:kaito 蒼空:ソラ:sora 結愛:ユア:yua 美羽:ミウ:miu 心愛:ココア:kokoa 陽翔:ハルト:haruto " +
        "太郎:タロウ:taro 花子:ハナコ:hanako 一郎:イチロウ:ichiro 健一:ケンイチ:kenichi 誠:マコト:makoto 浩:ヒロシ:hiroshi " +
        "隆:タカシ:takashi 修:オサム:osamu 茂:シゲル:shigeru 明美:アケミ:akemi 恵子:ケイコ:keiko 京子:キョウコ:kyoko " +
        "洋子:ヨウコ:yoko 幸子:サチコ:sachiko 裕子:ユウコ:yuko 直樹:ナオキ:naoki 大輔:ダイスケ:daisuke 拓也:タクヤ:takuya " +
        "健太:ケンタ:kenta 翔太:ショウタ:shota 由美:ユミ:yumi 真由美:マユミ:mayumi 智子:トモコ:tomoko 久美子:クミコ:kumiko " +
        "美穂:ミホ:miho 優子:ユウコ:yuko 彩:アヤ:aya 麻衣:マイ:mai 千尋:チヒロ:chihiro 和也:カズヤ:kazuya " +
        "達也:タツヤ:tatsuya 勇気:ユウキ:yuki 亮:リョウ:ryo 剛:ツヨシ:tsuyoshi 正人:マサト:masato 秀樹:ヒデキ:hideki " +
        "聡:サトシ:satoshi 康弘:ヤスヒロ:yasuhiro 昭:アキラ:akira 勝:マサル:masaru 実:ミノル:minoru 清:キヨシ:kiyoshi " +
        "静香:シズカ:shizuka 典子:ノリコ:noriko 弘美:ヒロミ:hiromi 舞:マイ:mai 葵:アオイ:aoi 凛:リン:rin " +
        "湊:ミナト:minato 悠真:ユウマ:yuma 陽向:ヒナタ:hinata 芽依:メイ:mei 咲良:サクラ:sakura 千代:チヨ:chiyo " +
        "光:ヒカル:hikaru 希望:ノゾミ:nozomi 薫:カオル:kaoru 忍:シノブ:shinobu 進:ススム:susumu 歩:アユミ:ayumi " +
        "紀子:ノリコ:noriko 和子:カズコ:kazuko 正雄:マサオ:masao 義男:ヨシオ:yoshio 美奈子:ミナコ:minako 沙織:サオリ:saori " +
        "愛:アイ:ai 翔:ショウ:sho 航:ワタル:wataru 涼子:リョウコ:ryoko 信也:シンヤ:shinya 陽子:ヨウコ:yoko");

    private static NameEntry[] Parse(string table) =>
        [.. table.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(item =>
        {
            var parts = item.Split(':');
            return new NameEntry(parts[0], parts[1], parts[2]);
        })];
}
