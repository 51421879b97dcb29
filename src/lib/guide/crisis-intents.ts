import type { Lang } from '$lib/i18n/languages';
import type { Contact } from './schema';

/**
 * Crisis intents: searches that must lead to a line to call before anything else. A search box that answers
 * "zelfmoord" with "Niets gevonden", or "mijn man slaat me" with eight unrelated topics, fails the person who
 * needs it most (issue 16). Topic search ranks words; these lists recognise situations, so they are written
 * out by hand and reviewed as data.
 *
 * A phrase is a few words separated by spaces; every word must occur in the search, in any order. "a|b" means
 * "a or b". Apostrophes are dropped before matching ("don't" is "dont", Ukrainian "б'є" is "бє"). Write the everyday words people type, first-person ("ik wil dood", "hij slaat me"), and common
 * misspellings. Matching (crisis-match.ts) also forgives one typo in a word of six letters or more, finds a
 * word of five letters or more at the start of a longer one ("zelfmoord" in "zelfmoordgedachten"), and one
 * of seven or more inside a compound ("mishandeling" in "kindermishandeling").
 *
 * Each search is checked against the phrases of the reader's language and of Dutch (people often type the
 * Dutch word they hear), never all six: English "want die" would fire on Dutch "want die baby huilt".
 * The lines' numbers live in helplines.ts, with the page each was checked on. The Arabic, Turkish, Polish and
 * Ukrainian phrases are the team's drafts, like the rest of those languages' text: a native speaker should
 * review them and add the words people really type (crisis-search.spec.ts then gets their searches).
 */

export const CRISIS_IDS = [
	'medicalEmergency',
	'childSuicide',
	'suicide',
	'childInDanger',
	'sexualViolence',
	'domesticViolence',
	'eviction',
	'housing'
] as const;
export type CrisisId = (typeof CRISIS_IDS)[number];

export interface CrisisIntent {
	id: CrisisId;
	/** Whom to call, most urgent first; the first one is the first search result. */
	lines: readonly [Contact, ...Contact[]];
	/** Guide topics to read next (ids), shown right after the lines. */
	topics: readonly string[];
	phrases: Record<Lang, readonly string[]>;
	/** A phrase does not count when the search also has one of these words ("mijn peuter slaat me"). */
	unless?: Partial<Record<Lang, readonly string[]>>;
}

/** In order of urgency: when a search matches several, they are shown in this order. */
export const CRISIS_INTENTS: readonly CrisisIntent[] = [
	{
		id: 'medicalEmergency',
		lines: ['emergency'],
		topics: [],
		phrases: {
			nl: [
				'112',
				'ambulance|ambulanse|ambulace',
				'ademt|ademen|ademhaling niet|stopt|gestopt',
				'bewusteloos',
				'buiten bewustzijn',
				'overdosis',
				'veel|alle|handvol pillen|medicijnen|tabletten|slaappillen',
				'pillen|medicijnen|tabletten|slaappillen geslikt|ingeslikt',
				'hartaanval|hartstilstand|reanimeren|reanimatie',
				'beroerte|herseninfarct',
				'scheve mond',
				'stikt|stikken|verstikking',
				'vergiftigd|vergiftiging',
				'bloedt|bloeding heel|erg|hevig|stopt',
				'levensgevaar'
			],
			en: [
				'112|911|999',
				'ambulance',
				'not|stopped breathing',
				'unconscious|unresponsive',
				'overdose|overdosed',
				'took|swallowed pills|tablets',
				'heart attack',
				'stroke',
				'choking',
				'poisoned|poisoning',
				'bleeding heavily|badly|lot'
			],
			ar: [
				'إسعاف|اسعاف|الإسعاف|الاسعاف',
				'لا يتنفس|تتنفس',
				'فاقد|فاقدة الوعي',
				'جرعة زائدة',
				'نوبة قلبية',
				'جلطة|سكتة'
			],
			tr: [
				'ambulans',
				'nefes almiyor|alamiyor',
				'bayildi|baygin',
				'asiri doz',
				'kalp krizi',
				'felc|inme',
				'zehirlendi|zehirlenme'
			],
			pl: [
				'karetka|karetke|pogotowie',
				'nie oddycha',
				'nieprzytomny|nieprzytomna',
				'przedawkowanie|przedawkowal|przedawkowala',
				'zawal',
				'udar',
				'zatrucie|otrul|otrula'
			],
			uk: [
				'швидка|швидку|швидкої',
				'не дихає',
				'непритомний|непритомна|знепритомнів|знепритомніла',
				'передозування',
				'інфаркт|серцевий напад',
				'інсульт',
				'отруєння|отруївся|отруїлася'
			]
		}
	},
	{
		// A parent afraid that a child hurts themselves or wants to die: 113 (also for the people around), then the
		// topic written for parents. Before 'suicide', so its topic comes first; 113 is shown once.
		id: 'childSuicide',
		lines: ['suicidePrevention'],
		topics: ['self-harm', 'low-mood-anxiety'],
		phrases: {
			nl: [
				'kind|kindje|zoon|dochter|tiener|puber wil|wilt dood|doodgaan|sterven',
				'kind|kindje|zoon|dochter|tiener|puber niet meer leven',
				'kind|kindje|zoon|dochter|tiener|puber zelfmoord|zelfdoding|suicidaal|suicide',
				'kind|kindje|zoon|dochter|tiener|puber snijdt|krast|beschadigt|zelfbeschadiging|automutilatie',
				'kind|kindje|zoon|dochter|tiener|puber zichzelf pijn|aandoet|aandoen|snijden|krassen'
			],
			en: [
				'child|son|daughter|teen|teenager|kid wants|want die',
				'child|son|daughter|teen|teenager|kid suicidal|suicide',
				'child|son|daughter|teen|teenager|kid cutting|cuts|selfharm|harming',
				'child|son|daughter|teen|teenager|kid hurting|hurts|harms themselves|himself|herself'
			],
			ar: ['ابني|ابنتي|طفلي انتحار|الانتحار|ينتحر|تنتحر', 'ابني|ابنتي|طفلي يؤذي|تؤذي نفسه|نفسها'],
			tr: [
				'oglum|kizim|cocugum intihar',
				'oglum|kizim|cocugum olmek istiyor',
				'oglum|kizim|cocugum kendine zarar'
			],
			pl: [
				'syn|corka|dziecko samobojstwo|samobojcze|umrzec',
				'syn|corka|dziecko samookalecza|tnie|samookaleczenie'
			],
			uk: ['син|донька|дитина самогубство|суіцид|померти', 'син|донька|дитина ріже|самоушкодження|шкодить']
		}
	},
	{
		id: 'suicide',
		lines: ['suicidePrevention'],
		topics: ['low-mood-anxiety'],
		phrases: {
			nl: [
				'113',
				'zelfmoord|zelfmoort|selfmoord|zelfmood|zelmoord',
				'zelfdoding|zelfdodend',
				'suicide|suicidaal|suicidale|suiside|suicidaal',
				'wil|willen dood|doodgaan|sterven',
				'niet meer leven|lefen',
				'wil er niet meer zijn',
				'zie het niet meer zitten',
				'einde aan mijn leven',
				'leven beeindigen|beindigen',
				'mezelf|mijzelf ombrengen|vermoorden|doden|opknopen|ophangen|verhangen',
				'zelfbeschadiging|zelfverwonding|automutilatie',
				'mezelf|mijzelf snijden|snijd|snij|krassen|kras|pijn|verwonden',
				'ik snijd|snij|kras in mijn armen|arm|benen|polsen'
			],
			en: [
				'113',
				'suicide|suicidal|sucide|suicde',
				'kill|killing myself',
				'want|wanna die',
				'dont|not|no want|wanna live',
				'end my life',
				'end it all',
				'self harm|harming',
				'selfharm',
				'cutting|cut|hurt|hurting myself'
			],
			ar: [
				'انتحار|الانتحار|انتحر|أنتحر|انتحاري',
				'أريد|اريد أموت|اموت|الموت',
				'لا أريد|اريد أعيش|اعيش|الحياة',
				'أقتل|اقتل|أؤذي|اؤذي|أجرح|اجرح نفسي',
				'إيذاء|ايذاء النفس|نفسي'
			],
			tr: [
				'intihar|intiar',
				'olmek istiyorum|isterim',
				'olmak istiyorum',
				'yasamak istemiyorum',
				'kendimi oldurmek|olduricem|olduruyorum|oldurecegim',
				'kendime zarar'
			],
			pl: [
				'samobojstwo|samobojstwa|samobojcze|samobojcza|samobojcy',
				'chce|chcialbym|chcialabym umrzec|umrzec',
				'nie chce zyc',
				'zabic|zabije sie',
				'samookaleczenie|samookaleczam|samookaleczenia',
				'tne|ciac sie'
			],
			uk: [
				'самогубство|самогубства|суіцид|суіциду|суіцидальні',
				'хочу померти|вмерти',
				'не хочу жити',
				'вбити|покінчити себе|собою|життя',
				'самоушкодження',
				'ріжу|різати себе'
			]
		}
	},
	{
		id: 'childInDanger',
		lines: ['veiligThuis', 'gpOutOfHours'],
		topics: ['domestic-violence', 'baby-crying'],
		phrases: {
			nl: [
				'kindermishandeling|kindermisbruik',
				'baby|kind|kindje|zoon|dochter|peuter aandoe|aandoen|aandoet',
				'sla|schud|schudde|schudden baby|kind|kindje|zoon|dochter|peuter',
				'baby|kind|kindje|zoon|dochter|peuter geslagen|mishandeld|misbruikt|geschud|verwaarloosd',
				'baby|kind|kindje|zoon|dochter|peuter niet veilig'
			],
			en: [
				'child abuse',
				'hurt|harm|shake|shaking|hit|hitting my baby|child|kid|son|daughter|toddler',
				'baby|child|kid|son|daughter|toddler abused|beaten|neglected|shaken'
			],
			ar: [
				'إساءة|اساءة|تعنيف الأطفال|الاطفال|طفل|الطفل',
				'أؤذي|اؤذي|أضرب|اضرب طفلي|ابني|ابنتي|رضيعي',
				'يضرب|يؤذي طفلي|ابني|ابنتي'
			],
			tr: [
				'cocuk istismari|istismar',
				'bebegime|cocuguma|oglumu|kizimi zarar|vuruyorum|dovuyorum',
				'cocugumu|bebegimi|oglumu|kizimi dovuyor|doviyor|dovuyorum|sarsiyorum'
			],
			pl: [
				'krzywdzenie|przemoc dziecka|dzieci|dziecko',
				'skrzywdze|skrzywdzic|bije|potrzasam dziecko|dziecku|niemowle|synka|corke',
				'dziecko|syna|corke bije|krzywdzi'
			],
			uk: [
				'жорстоке поводження з дитиною|дітьми',
				'насильство над дитиною|дітьми',
				'зашкоджу|скривджу|бю|трясу дитині|дитину|немовляті|немовля|сина|доньку'
			]
		},
		// 'Mijn kind doet zichzelf iets aan' is about the child's own safety (childSuicide), not about the parent.
		unless: { nl: ['zichzelf'], en: ['themselves', 'himself', 'herself'] }
	},
	{
		id: 'sexualViolence',
		lines: ['sexualViolence'],
		topics: ['sexual-violence', 'domestic-violence'],
		phrases: {
			nl: [
				'verkracht|verkrachting|verkragt|verkrachtt|verkracting',
				'aangerand|aanranding',
				'seksueel|sexueel|seksuele|sexuele geweld|misbruik|misbruikt|aanval',
				'seks|sex tegen mijn wil',
				'gedwongen|dwingt|dwong seks|sex',
				'misbruikt',
				'zedendelict'
			],
			en: [
				'rape|raped|rapist',
				'sexual|sexually assault|assaulted|abuse|abused|violence',
				'molested|molestation',
				'forced sex'
			],
			ar: ['اغتصاب|اغتصبني|اغتصبوني|الاغتصاب', 'تحرش|التحرش جنسي|الجنسي', 'اعتداء|الاعتداء جنسي|الجنسي'],
			tr: ['tecavuz|tecavuze', 'cinsel saldiri|saldırı|istismar|taciz', 'taciz|tacize ugradim'],
			pl: [
				'gwalt|gwałt|zgwalcona|zgwałcona|zgwalcony|zgwałcony|zgwalcil|zgwałcił',
				'molestowanie|molestowana|molestowany',
				'przemoc|napasc seksualna|seksualny|seksualnie|seksualnej'
			],
			uk: [
				'зґвалтування|згвалтування|зґвалтували|згвалтували|зґвалтував|згвалтував',
				'сексуальне насильство|насильства',
				'домагання|домагався'
			]
		}
	},
	{
		id: 'domesticViolence',
		lines: ['veiligThuis'],
		topics: ['domestic-violence'],
		phrases: {
			nl: [
				'huiselijk|huiselik|huishoudelijk geweld|gewelt',
				'slaat|sloeg|schopt|schopte|mishandelt|bedreigt|wurgt|duwt me|mij',
				'man|vrouw|partner|vriend|vriendin|vader|moeder|ouders|broer|zoon slaat|sloeg|schopt|mishandelt|bedreigt|wurgt',
				'word|werd geslagen|mishandeld|geschopt|bedreigd',
				'niet veilig thuis',
				'bang voor mijn man|vrouw|partner|vriend|vriendin|vader|ex',
				'eergerelateerd|eerwraak',
				'mishandeling',
				'geweld in huis|thuis'
			],
			en: [
				'domestic violence|abuse',
				'hits|hit|beats|beat|kicks|chokes|threatens me',
				'husband|wife|partner|boyfriend|girlfriend|father|dad|mother|mum|mom hits|beats|abuses|kicks|threatens',
				'abusive husband|partner|relationship|boyfriend',
				'not safe at home',
				'afraid|scared of my husband|partner|boyfriend|father'
			],
			ar: [
				'عنف|العنف أسري|اسري|الأسري|الاسري|منزلي|المنزلي',
				'يضربني|تضربني|يضربونني',
				'زوجي|أبي|ابي يضرب|يهددني',
				'لست آمنة|امنة|آمن|امن في البيت|المنزل'
			],
			tr: [
				'aile ici siddet',
				'ev ici siddet',
				'kocam|esim|babam|annem beni dovuyor|doviyor|vuruyor|tehdit',
				'beni dovuyor|doviyor|vuruyor',
				'evde guvende degilim'
			],
			pl: [
				'przemoc domowa|domowej',
				'przemoc w rodzinie',
				'maz|mąż|partner|ojciec|chlopak mnie bije|bil|krzywdzi',
				'bije|bil mnie',
				'nie jestem bezpieczna|bezpieczny w domu'
			],
			uk: [
				'домашнє|домашне насильство|насильства',
				'чоловік|батько|партнер|хлопець бє|бив|побив',
				'бє|бив|побив|бють мене'
			]
		},
		// A toddler who hits is about tantrums, not about violence at home.
		unless: {
			nl: ['peuter', 'kleuter', 'dreumes', 'baby'],
			en: ['toddler', 'baby'],
			tr: ['bebek', 'bebegim'],
			pl: ['niemowle', 'maluch'],
			uk: ['немовля', 'малюк'],
			ar: ['رضيع', 'رضيعي']
		}
	},
	{
		// Losing the home: the wijkteam (the municipality must see you within 3 working days, Wgs) and the
		// Juridisch Loket for the court case; the rent arrears topic explains the steps before an eviction.
		id: 'eviction',
		lines: ['wijkteam', 'juridischLoket'],
		topics: ['rent-arrears', 'money-worries'],
		phrases: {
			nl: [
				'huisuitzetting|uitzetting|ontruiming|ontruimd|ontruimingsvonnis',
				'uit huis gezet|gezett|zetten',
				'uitgezet|uitgezett',
				'moet mijn huis uit',
				'dakloos|daklozen',
				'op straat staan|komen|slapen',
				'dagvaarding huur|verhuurder|huurachterstand'
			],
			en: ['eviction|evicted|evict', 'thrown|kicked out home|house|flat', 'homeless'],
			ar: ['طرد|طردني|طردوني|إخلاء|اخلاء', 'بلا مأوى', 'مشرد|مشردة'],
			tr: ['tahliye', 'evden atildim|atiliyorum|atilacagim|cikariliyorum', 'evsiz'],
			pl: ['eksmisja|eksmisji|eksmituja|eksmitowany|eksmitowana', 'bezdomny|bezdomna'],
			uk: ['виселення|виселяють|виселили', 'бездомний|бездомна']
		}
	},
	{
		id: 'housing',
		lines: ['wijkteam'],
		topics: ['money-worries'],
		phrases: {
			nl: [
				'afgesloten|afsluiten|afsluiting|afgeslote gas|stroom|water|licht|energie|elektriciteit',
				'afsluiting|afsluitingen energie|gas|water|stroom',
				'deurwaarder|deurwarder'
			],
			en: ['cut|cutting|disconnected|disconnect|off gas|electricity|water|power|energy', 'bailiff'],
			ar: ['قطع|قطعوا الكهرباء|الغاز|الماء'],
			tr: ['elektrik|dogalgaz|gaz|su kesildi|kesiliyor|kesilecek', 'icra'],
			pl: ['odcieli|odciecie|odetna prad|gaz|wode|wody', 'komornik'],
			uk: ['відключили|відключать світло|газ|воду|електрику', 'виконавець']
		}
	}
];

export function crisisIntent(id: CrisisId): CrisisIntent {
	const intent = CRISIS_INTENTS.find((candidate) => candidate.id === id);
	if (!intent) throw new Error(`unknown crisis intent ${id}`);
	return intent;
}
