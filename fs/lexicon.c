/*
 * lexicon.c - the word lists: honorifics, titles, reporting verbs,
 * organisation and place cues, first names.
 *
 * The lists are plain space-separated strings, easy to read and extend; on
 * first use they are folded into one open-addressing hash table mapping a
 * lowercase word to its class bits.  They are written for English-language
 * news in general (British and American spelling alike), never for one
 * story.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/lexicon.h"

static const char honorifics[] =
	"mr mrs ms miss mx dr sir dame lord lady rev reverend messrs mssrs";

/* Role words that may stand before a name or inside a title phrase. */
static const char titles[] =
	"president vice secretary general minister prime foreign chancellor "
	"senator sen sens senators rep reps representative congressman govs "
	"congresswoman "
	"gov governor lt lieutenant mayor judge justice chief attorney speaker "
	"leader chairman chairwoman chair spokesman spokeswoman spokesperson "
	"ambassador king queen prince princess crown pope pastor bishop "
	"cardinal archbishop rabbi imam sheikh sheik emir ayatollah "
	"commissioner "
	"director adviser advisor aide "
	"candidate nominee hopeful author actor actress singer rapper host "
	"anchor correspondent reporter columnist editor analyst strategist "
	"pollster economist professor prof coach ceo cfo coo executive founder "
	"co-founder cofounder manager deputy assistant former acting interim "
	"senior top colonel col gen major maj capt captain sgt sergeant admiral "
	"adm officer detective sheriff superintendent councilman councilwoman "
	"councillor councilor cllr delegate del assemblyman assemblywoman "
	"lawmaker "
	/* British police ranks as written without points: "Det Insp". */
	"det insp supt dci "
	/* "AG Lynch": an attorney general, as US news abbreviates. */
	"ag "
	/* "Chief of Staff Denis McDonough", "Professors Eric Foner and". */
	"staff professors "
	"legislator activist businessman businesswoman billionaire mogul "
	"comedian commentator pundit surrogate treasurer counsel lawyer "
	"prosecutor emperor premier envoy press campaign national security "
	"defence defense home interior finance health education state "
	"transport transportation energy environment culture trade housing "
	/* More portfolios: "Work and Pensions Secretary", "Science
	 * Minister", and so "science teacher", "business mogul". */
	"work pensions social care science technology digital sport "
	"business climate affairs rural skills industry communities "
	"agriculture labor veterans witness eyewitness bystander neighbour "
	"neighbor survivor commuter shopper passenger protester protestor "
	"demonstrator skipper striker midfielder defender goalkeeper winger "
	"receiver linebacker cornerback lineman kicker punter goalie pitcher "
	"shortstop outfielder infielder batter wicketkeeper fly-half "
	"scrum-half centre-back full-back playmaker footballer cricketer "
	"sprinter skier skater rower "
	"boss "
	"secretary-general then-president then-candidate then-senator "
	"president-elect vice-president chairperson whip majority minority "
	"house senate white state's district pres supt insp inspector "
	"attorney-general solicitor commander commissar physician doctor "
	"surgeon nurse scientist researcher historian biographer writer "
	"novelist poet filmmaker director producer broadcaster presenter "
	"anchorman anchorwoman investor financier developer banker dictator "
	"monarch ruler chieftain warlord militant spokesmen officials official "
	"representatives organizer organiser volunteer supporter supporters "
	"critic critics founder owner publisher pilot referee umpire chef "
	"frontrunner front-runner challenger incumbent contender opponent rival "
	"mp mep mla msp am peer baroness baron duke duchess earl viscount "
	"presidential vice-presidential gubernatorial congressional consultant "
	"operative organizer counselor scholar fellow expert teacher student "
	"resident member chairwoman lobbyist fundraiser donor attorney "
	"spokesperson strategist adviser advisor economist sociologist "
	"psychologist political scientist governor-elect";

/* Role nouns that can end a description: "the US vice president". */
static const char heads[] =
	"president senator congressman congresswoman governor mayor judge "
	"justice speaker leader chairman chairwoman spokesman spokeswoman "
	"spokesperson ambassador king queen prince princess pope pastor bishop "
	"commissioner director adviser advisor aide candidate nominee hopeful "
	"author co-author coauthor actor actress singer host anchor correspondent "
	"columnist editor "
	"analyst strategist pollster economist professor prof coach ceo executive "
	"founder manager secretary minister chancellor premier envoy lawmaker "
	"legislator activist businessman businesswoman billionaire mogul "
	"comedian commentator pundit surrogate lawyer attorney prosecutor "
	"president-elect frontrunner front-runner challenger incumbent "
	"secretary-general attorney-general director-general governor-general "
	"solicitor-general surgeon-general vice-president vice-chancellor "
	"contender rival mp general officer sheriff detective writer dictator "
	"monarch ruler investor developer physician doctor scientist "
	"researcher historian star chief sen rep gov gen col capt sgt adm maj "
	"lt mp consultant operative organizer organiser scholar fellow expert "
	"teacher journalist physicist astrophysicist astronomer geneticist "
	"chemist dentist pharmacist therapist gp "
	"psychiatrist pianist specialist artist cartoonist "
	"student resident member lobbyist fundraiser donor strategist "
	"sociologist psychologist scientist archbishop cardinal rabbi imam "
	"priest counterpart negotiator mediator head witness eyewitness "
	"bystander neighbour neighbor survivor commuter shopper passenger "
	"protester protestor demonstrator supporter captain skipper striker "
	"midfielder defender goalkeeper winger boss player chair delegate "
	"receiver linebacker cornerback lineman kicker punter goalie pitcher "
	"shortstop outfielder infielder batter wicketkeeper fly-half "
	"scrum-half centre-back full-back playmaker footballer cricketer "
	"sprinter skier skater rower "
	"treasurer inspector superintendent constable det insp supt dci "
	"councilman councilwoman councillor councilor cllr alderman "
	"backbencher frontbencher grandee loyalist "
	"alderwoman "
	"assemblyman assemblywoman representative "
	/* Family, who speak in news as often as officials do: "Her
	 * husband, Callum," is a person, and "the widow said" is her. */
	"husband wife son daughter brother sister mother father partner "
	"girlfriend boyfriend fiance fiancee widow widower uncle aunt cousin "
	"grandmother grandfather nephew niece lady "
	/* Trades: "retired engineer Bob Klein", "the driver said".  Not
	 * "contractor" or "builder", as often a company's role ("loan
	 * contractor Navient") as a person's. */
	"engineer farmer firefighter plumber mechanic carpenter architect "
	"accountant cashier paramedic soldier programmer waiter waitress "
	"janitor designer driver worker ranger lifeguard miner fisherman "
	"trucker veterinarian vet midwife librarian clerk bartender baker "
	"butcher landlord landlady tenant homeowner "
	"shopkeeper salesman saleswoman entrepreneur coroner medic dispatcher "
	"trooper warden chaplain deacon vicar nun monk headteacher headmaster "
	"headmistress lecturer trainer athlete sailor astronaut campaigner "
	"pensioner retiree nurse owner novelist producer filmmaker dancer "
	"drummer guitarist playwright blogger influencer podcaster batsman "
	"bowler jockey cyclist swimmer gymnast golfer boxer wrestler "
	"quarterback substitute mum mom dad florist hairdresser barber "
	"publican cabbie barista postman postwoman trader motorist teenager "
	"pupil explorer inventor philanthropist composer conductor painter "
	"sculptor barrister missionary diplomat navigator philosopher "
	"theologian songwriter screenwriter principal provost forward "
	"presenter broadcaster newsreader "
	/* Those a story will not name: "a source close to the pair told
	 * People", "a friend said". */
	"source sources insider insiders friend friends confidant confidante "
	"ally allies relative relatives colleague colleagues acquaintance fan "
	"fans";

/* Titles people are addressed by, before a surname alone. */
static const char address[] =
	"president president-elect senator sen rep representative gov governor "
	"mayor judge justice king queen prince princess pope pastor father "
	"bishop cardinal archbishop rabbi imam sheikh general gen colonel col "
	"captain capt sergeant sgt admiral adm major maj lt lieutenant officer "
	"detective inspector sheriff chancellor minister secretary speaker "
	"chairman chairwoman commissioner ambassador coach professor prof "
	"doctor premier councillor cllr councilman councilwoman delegate agent "
	"chief leader attorney nurse ag";

/* Words that qualify a role: nationality, party, body. */
static const char modifiers[] =
	"us u.s u.s.a usa uk u.k eu e.u un u.n nato american british english "
	"scottish welsh irish german french italian spanish portuguese dutch "
	"belgian swiss austrian swedish norwegian danish finnish polish czech "
	"hungarian romanian bulgarian greek turkish russian ukrainian belarusian "
	"georgian armenian israeli palestinian iranian iraqi syrian saudi "
	"egyptian jordanian lebanese afghan pakistani indian chinese japanese "
	"korean vietnamese thai indonesian australian canadian mexican "
	"brazilian argentine argentinian venezuelan cuban colombian chilean "
	"african nigerian kenyan european asian latin republican republicans "
	"democratic democrat democrats gop labour conservative tory liberal "
	"federal state county city regional national international global "
	"district circuit appellate appeals superior municipal "
	"defence defense foreign treasury justice commerce homeland pentagon "
	"kremlin vatican fbi cia nsa doj dhs nypd lapd white house senate "
	"congressional parliamentary opposition ruling independent libertarian "
	"green progressive top senior former deputy then incoming outgoing "
	"longtime long-time veteran chief acting interim new shadow junior lead "
	"retired soviet african-american";

/* The commonest reporting verbs of the other languages news quotes in
 * most (German, French, Spanish, Italian, Portuguese, Dutch), so that
 * "„…“, sagte Merkel" and "« … », déclare Dupont" are read as "said". */
static const char foreign_verbs[] =
	"sagte sagt sagten erklärte erklärt betonte betont meinte schrieb "
	"dit déclaré affirmé expliqué ajouté estimé souligné précisé déclare "
	"affirme explique ajoute estime souligne précise "
	"dijo afirmó declaró explicó añadió señaló aseguró indicó "
	"detto dichiarato spiegato aggiunto disse afirmou declarou explicou "
	"zei zegt";

/* Verbs that report speech or writing, in every form a news story uses. */
static const char verbs[] =
	"say says said tell tells told add adds added ask asks asked write "
	"writes wrote state states stated explain explains explained note "
	"notes noted argue argues argued insist insists insisted continue "
	"continues continued warn warns warned claim claims claimed declare "
	"declares declared recall recalls recalled reply replies replied "
	"respond responds responded tweet tweets tweeted tweet post posted "
	"announce announces announced acknowledge acknowledges acknowledged "
	"admit admits admitted conclude concludes concluded complain complains "
	"complained concede concedes conceded suggest suggests suggested "
	"predict predicts predicted remark remarks remarked observe observes "
	"observed joke jokes joked quip quips quipped shout shouts shouted yell "
	"yells yelled cry cries cried report reports reported stress stresses "
	"stressed emphasize emphasizes emphasized emphasise emphasises "
	"emphasised urge urges urged vow vows vowed promise promises promised "
	"pledge pledges pledged boast boasts boasted charge charges charged "
	"counter counters countered contend contends contended maintain "
	"maintains maintained muse muses mused opine opines opined lament "
	"laments lamented mock mocks mocked scoff scoffs scoffed snap snaps "
	"snapped thunder thunders thundered testify testifies testified "
	"wonder wonders wondered repeat repeats repeated reiterate reiterates "
	"reiterated confirm confirms confirmed deny denies denied agree agrees "
	"agreed caution cautions cautioned proclaim proclaims proclaimed chime "
	"chimes chimed interject interjects interjected call calls called "
	"describe describes described dub dubs dubbed label labels labeled "
	"labelled brand brands branded ruled deemed termed rated "
	"accuse accuses accused blast blasts "
	"blasted slam slams slammed praise praises praised explain announce "
	"tout touts touted assert asserts asserted allege alleges alleged "
	"point points pointed go goes went recount recounts recounted recalls "
	"whisper whispers whispered exclaim exclaims exclaimed shot retort "
	"retorts retorted reason reasons reasoned speculate speculates "
	"speculated acknowledge read reads demand demands demanded question "
	"questions questioned plead pleads pleaded concur concurs concurred "
	"assure assures assured inform informs informed reveal reveals "
	"revealed signal signals signaled signalled indicate indicates "
	"indicated estimate estimates estimated pledge hint hints hinted "
	"begin begins began start starts started rail rails railed fume fumes "
	"fumed wrote write insist chide chides chided scold scolds scolded "
	"express expresses expressed voice voices voiced "
	"tease teases teased taunt taunts taunted sigh sighs sighed beg begs "
	"begged concede offer offers offered explained elaborate elaborates "
	"elaborated clarify clarifies clarified advise advises advised "
	"announce recommend recommends recommended criticize criticizes "
	"criticized criticise criticises criticised attack attacks attacked "
	"answer answers answered grumble grumbles grumbled quote quotes quoted "
	"rant rants ranted pronounce pronounces pronounced posit posits posited "
	"predict declare bemoan bemoans bemoaned acknowledging believe "
	"believes believed think thinks thought feel feels felt worry worries "
	"worried fear fears feared expect expects expected refer refers "
	"referred thank thanks thanked beam beams beamed gush gushes gushed "
	"marvel marvels marveled marvelled enthuse enthuses enthused bark "
	"barks barked react reacts reacted remember remembers remembered "
	"exhort exhorts exhorted retaliate retaliates retaliated presses "
	"pressed surmise surmises surmised chant chants chanted demur demurs "
	"demurred scream screams screamed "
	"instruct instructs instructed characterize characterizes "
	"characterized characterise characterises characterised hail hails "
	"hailed laud lauds lauded laugh laughs laughed brag brags bragged "
	/* Past tenses alone where the present is also a noun ("emails",
	 * "protests", "texts"). */
	"confess confesses confessed texted "
	"emailed protested objected raged mutter mutters muttered murmur "
	"murmurs murmured mumble mumbles mumbled reaffirm reaffirms "
	"reaffirmed summarized summarised";

/* Organisations whose short names are also other words or parts of
 * names ("Kim Jong Un", "Who said"): organisations only in capitals. */
static const char acronyms[] = "un who ap";

/* Reporting verbs whose object is a person: in "…,” told Pike" or
 * "…,” thanked Pike" the name after the verb was spoken to or of. */
static const char tells[] =
	"tell tells told thank thanks thanked urge urges urged praise praises "
	"praised blame blames blamed accuse accuses accused call calls called "
	"slam slams slammed criticize criticizes criticized criticise "
	"criticises criticised attack attacks attacked";

static const char verbs_ing[] =
	"saying telling adding asking writing stating explaining noting "
	"arguing insisting continuing warning claiming declaring recalling "
	"replying responding tweeting posting announcing acknowledging "
	"admitting concluding complaining conceding suggesting predicting "
	"remarking observing joking quipping shouting reporting stressing "
	"emphasizing emphasising urging vowing promising pledging boasting "
	"charging countering contending maintaining musing lamenting mocking "
	"testifying repeating reiterating confirming denying agreeing "
	"cautioning proclaiming calling describing dubbing labeling labelling "
	"branding accusing blasting slamming praising touting asserting "
	"alleging pointing recounting exclaiming retorting reasoning "
	"speculating demanding questioning pleading assuring informing "
	"revealing signaling signalling indicating hinting railing chiding "
	"scolding teasing taunting begging offering elaborating clarifying "
	"advising recommending criticizing criticising attacking answering "
	"quoting ranting bemoaning yelling shouting chanting screaming "
	"pressing hailing lauding praising expressing voicing";

/* A capitalised word among these makes the run an organisation. */
static const char orgs[] =
	"committee campaign department party council agency institute "
	"association foundation center centre office bureau network press "
	"commission university college school administration service services "
	"group inc corp corporation company co ltd llc plc fund coalition union "
	"federation organization organisation board court house senate congress "
	"parliament ministry ministries police army navy force forces guard bank "
	"reserve exchange trust society league club team brigade caucus "
	"alliance movement front forum institution laboratory lab hospital church "
	"legion academies "
	"mosque synagogue museum library airlines airways motors media "
	"communications studios records pictures entertainment holdings "
	"partners associates capital ventures industries systems technologies "
	"technology software solutions therapeutics partnership "
	"labs foundation magazine newspaper channel radio television tv "
	"cnn msnbc nbc abc cbs pbs npr bbc fox ap afp reuters bloomberg politico "
	"breitbart huffpost huffington axios vox slate salon cnbc c-span "
	"fbi cia nsa doj dhs irs epa fda cdc nasa nato un eu opec who gop dnc "
	"rnc nra aclu naacp isis isil taliban hamas hezbollah al-qaeda "
	"al-shabaab al-shabab al-nusra al-aqsa authority "
	"kremlin pentagon congress supreme google facebook twitter apple "
	/* Seats of government that stand for it: "Westminster has
	 * refused", "Holyrood voted". */
	"westminster whitehall holyrood stormont downing elysee "
	"microsoft amazon youtube instagram tesla boeing walmart "
	"pac super-pac inc. academy council assembly energy coal oil gas "
	"petroleum pharmaceuticals pharma foods steel mining insurance "
	"securities investors investments consulting consultancy directorate "
	"motor motors computer computers enterprises parenthood "
	"railways railway railroad rail trains buses airport logistics "
	"shipping electric electronics dynamics chemical chemicals "
	"aerospace semiconductor studies research project corps diocese "
	"archdiocese patriarchate parish ports resources properties hotels "
	"resorts stores cruises brands bancorp realty utilities telecom "
	"telecoms biotech biosciences pharmaceutical homes housing "
	"developments estates builders construction water grid electricity "
	"networks "
	/* What agencies are named for: "U.S. Customs and Border
	 * Protection", "Immigration and Customs Enforcement", "the Food and
	 * Drug Administration". */
	"customs enforcement protection immigration border patrol food drug "
	"alcohol tobacco firearms explosives wildlife "
	/* Peoples, who speak as one body ("the Syrians said"), never as
	 * a person named so. */
	"syrians iraqis iranians afghans israelis palestinians "
	"ukrainians saudis pakistanis egyptians libyans kurds yemenis "
	"jordanians turks qataris emiratis somalis "
	"nigerians kenyans ethiopians cubans venezuelans colombians "
	"brazilians argentines haitians filipinos koreans "
	"indonesians poles czechs hungarians romanians serbs croats "
	"greeks italians spaniards swedes danes norwegians finns belgians "
	"britons brits scots "
	/* And faiths' members: "Mormons say". */
	"mormons baptists methodists lutherans quakers sikhs hindus protestants "
	"buddhists";

/* One person by nation, as sports and foreign news write a name a second
 * time: "the Spaniard", "the Dutchman", "the Australian". */
static const char nations[] =
	"american british english scottish welsh irish german french italian "
	"spanish portuguese dutch belgian swiss austrian swedish norwegian "
	"danish finnish polish czech hungarian romanian bulgarian greek "
	"turkish russian ukrainian belarusian israeli palestinian iranian "
	"iraqi syrian saudi egyptian jordanian lebanese afghan pakistani "
	"indian chinese japanese korean vietnamese thai indonesian australian "
	"canadian mexican brazilian argentine argentinian venezuelan cuban "
	"colombian chilean nigerian kenyan ghanaian senegalese moroccan "
	"algerian tunisian cameroonian ivorian uruguayan peruvian ecuadorian "
	"paraguayan serbian croatian slovenian slovak bosnian georgian "
	"armenian kiwi "
	"spaniard briton brit scot englishman englishwoman scotsman "
	"scotswoman irishman irishwoman welshman welshwoman frenchman "
	"frenchwoman dutchman dutchwoman swede dane norwegian finn pole turk "
	"serb croat kurd filipino argentine";

/* Newspapers and networks: what "the newspaper said" points back to. */
static const char media[] =
	"post times journal news herald tribune guardian telegraph gazette "
	"magazine review chronicle examiner globe observer independent express "
	"mail mirror sun star register inquirer courier dispatch bulletin monitor "
	"insider beacon standard economist atlantic politico breitbart "
	"huffpost huffington axios vox slate salon reuters ap afp bloomberg "
	"cnn msnbc nbc abc cbs pbs npr bbc fox cnbc newsweek time hill sports "
	"al-jazeera jazeera buzzfeed yahoo daily weekly xinhua tass interfax "
	"kyodo yonhap ansa efe dpa haaretz spiegel zeitung figaro monde";

/* Places and words of place names. */
static const char places[] =
	"america americas europe asia africa australia antarctica oceania "
	"arctic atlantic pacific mediterranean caribbean east west north south "
	"eastern western northern southern central middle greater united states "
	"kingdom "
	"republic emirates britain england scotland wales ireland germany "
	"france italy spain portugal netherlands belgium switzerland austria "
	"sweden norway denmark finland poland czechia hungary romania bulgaria "
	"greece turkey russia ukraine belarus georgia armenia azerbaijan israel "
	"gaza palestine iran iraq syria saudi arabia yemen egypt jordan lebanon "
	"afghanistan pakistan india china japan korea vietnam thailand "
	"indonesia philippines malaysia singapore taiwan canada mexico brazil "
	"argentina venezuela cuba colombia chile peru nigeria kenya ethiopia "
	"libya sudan somalia qatar kuwait crimea kyiv kiev moscow london paris "
	"estonia latvia lithuania burma myanmar nepal bangladesh lanka "
	"cambodia laos mongolia kazakhstan uzbekistan turkmenistan kyrgyzstan "
	"tajikistan moldova serbia croatia bosnia slovenia slovakia albania "
	"kosovo macedonia montenegro iceland luxembourg malta cyprus morocco "
	"algeria tunisia ghana senegal mali niger cameroon congo angola zambia "
	"zimbabwe mozambique tanzania uganda rwanda burundi namibia botswana "
	"madagascar liberia leone eritrea djibouti oman bahrain brunei zealand "
	"fiji haiti jamaica guatemala honduras nicaragua rica panama ecuador "
	"bolivia paraguay uruguay bahamas barbados trinidad tobago greenland "
	"tibet kong macau chechnya kashmir sahara balkans baltic baltics "
	"berlin munich brussels rome madrid beijing tokyo seoul tehran baghdad "
	"damascus jerusalem washington york angeles chicago houston boston "
	"philadelphia atlanta miami dallas detroit seattle denver vegas "
	"orleans francisco diego cleveland cincinnati columbus milwaukee "
	"alabama alaska arizona arkansas california colorado connecticut "
	"delaware florida hawaii idaho illinois indiana iowa kansas kentucky "
	"louisiana maine maryland massachusetts michigan minnesota mississippi "
	"missouri montana nebraska nevada hampshire jersey mexico carolina "
	"dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah "
	"vermont virginia wisconsin wyoming d.c manhattan brooklyn queens bronx "
	"harlem hollywood silicon valley street avenue road square county "
	"city state province island islands river lake mountain mountains bay "
	"gulf sea ocean coast border hill park bridge capitol hotel tower "
	"building hall airport station plaza beach harbor harbour port "
	"nation world earth des moines manchester charleston new san los las "
	"fort saint village district borough heights resort nice belt "
	/* Cities the news names alone, some of them first names too
	 * ("Charlotte", "Orlando"), which then make no lone person. */
	"sydney melbourne toronto montreal vancouver dublin edinburgh glasgow "
	"birmingham liverpool belfast cardiff amsterdam vienna prague warsaw "
	"budapest athens lisbon stockholm oslo copenhagen helsinki istanbul "
	"ankara cairo lagos nairobi johannesburg mumbai delhi karachi lahore "
	"dhaka bangkok jakarta manila hanoi shanghai taipei osaka kabul riyadh "
	"dubai doha beirut amman havana caracas bogota lima santiago charlotte "
	"orlando flint berkeley columbia phoenix baltimore pittsburgh "
	"minneapolis sacramento "
	/* Cities of the wars in the news, and the regions between the
	 * compass points ("March 1 Southeastern states"). */
	"benghazi tripoli aleppo mosul fallujah raqqa kandahar homs idlib "
	"southeastern northeastern southwestern northwestern midwestern";

/* Capitalised words that never begin or make a person's name. */
static const char not_names[] =
	"the a an and but or nor so yet for in on at to of by with from as if "
	"when while after before since until because though although however "
	"this that these those it its it's he she they we i you his her their "
	"our my your him them us me there here then now today yesterday "
	"tomorrow tonight monday tuesday wednesday thursday friday saturday "
	"sunday january february march april may june july august september "
	"october november december jan feb mar apr jun jul aug sep sept oct "
	"nov dec christmas easter thanksgiving ramadan hanukkah god lord jesus "
	"christ allah bible koran quran internet web online islam islamic "
	"muslim muslims christian christians christianity jewish jews catholic "
	"catholics protestant evangelical evangelicals hispanic hispanics latino "
	"latinos black white asian arab arabs republican republicans democrat "
	"democrats democratic liberal liberals conservative conservatives "
	"independent independents socialist socialists communist communists "
	"americans british europeans russians germans chinese mexicans also "
	"not no yes all some many most more much few every each any both "
	"other another such what which who whom whose where why how what's "
	"according meanwhile still even just only last next first second "
	"third one two three four five six seven eight nine ten read click "
	"watch see follow update updated editor's note photo video image getty "
	"ap afp reuters associated press related advertisement share sign "
	"mr. ms. mrs. dr. breaking exclusive opinion analysis live "
	"currently earlier later shortly recently finally instead indeed "
	"perhaps maybe after-all obamacare medicare medicaid brexit covid "
	"coronavirus election elections primary primaries caucus caucuses "
	"debate debates convention poll polls survey twitter facebook "
	"instagram youtube tv senate house congress supreme court white "
	"republic union amendment constitution act law state states "
	"day week year month times neither either everything everyone "
	"everybody nothing nobody something someone somebody anything anyone "
	"beyond despite without within among amid amidst unlike via toward "
	"towards upon millennials millennial boomers wherever whenever "
	"whatever whichever whoever moreover together rather latter ever "
	"orthodox "
	/* Days and months of the other languages news quotes in most
	 * ("„…“, sagte Scholz am Montag"), but for those that are names too
	 * ("Mai", "Mars", "Avril", "Julio", "Domingo", "Mayo"). */
	"montag dienstag mittwoch donnerstag freitag samstag sonntag januar "
	"februar märz juni oktober dezember lundi mardi mercredi jeudi "
	"vendredi samedi dimanche janvier février juin juillet août octobre "
	"décembre lunes martes miércoles jueves viernes sábado enero febrero "
	"marzo junio agosto septiembre octubre noviembre diciembre";

/* First names: enough to tell "Mark Rutte" from "Munich Security". */
static const char male[] =
	"aaron adam adrian ahmed al alan albert alec alex alexander alexei "
	"alfred ali andrew andy angus anthony antonio arnold arthur ashton ben "
	"benjamin bernard bernie bill billy bob bobby boris brad bradley brandon "
	"earl "
	"brendan brett brian bruce bryan carl carlos chad charles charlie chris "
	"christian christopher chuck clarence clark claude clint colin connor "
	"craig curt curtis dan daniel danny darren dave david dean dennis derek "
	"dick dmitry don donald doug douglas duncan dwight ed eddie edward "
	"elijah elliot emmanuel emmett eric ernest evan frank franklin fred "
	"frederick gary gavin gene geoff geoffrey george gerald glenn gordon "
	"graham greg gregory hal hank harold harry harvey hector henry herbert "
	"howard hugh hunter ian isaac ivan jack jacob jake james jamie jared "
	"jason javier jay jean jeb jeff jeffrey jeremy jerome jerry jesse jim "
	"jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua "
	"juan julian justin karl keith ken kenneth kevin kim kirk kurt kyle lamar "
	"larry lawrence lee leo leon leonard lewis lindsey lloyd louis luis "
	"luke lyndon malcolm marco marcus mario mark martin marvin matt matthew "
	"max michael mick mike mitch mitt mohammed muhammad narendra nathan "
	"neil newt nicholas nick nigel noah norman oliver omar oscar owen pat "
	"patrick paul pete peter phil philip pierre rahm ralph rand randy raul "
	"ray raymond reince rex richard rick rob robert roberto robin rod roger "
	"ron ronald ronny ross roy rudy rupert russ russell ryan sam samuel scott "
	/* Names that are nations' people too ("Scot Ross", "Finn Wolfhard"). */
	"scot finn dane "
	"sean sebastian sergei sergey seth shawn sid simon stephen steve steven "
	"stuart ted terry thomas tim timothy todd tom tommy tony travis trey "
	"tyler victor vincent vladimir volodymyr wade walter warren wayne will "
	"william willie xi yuri zach zachary jd j.d recep emmanuel olaf viktor "
	"benjamin binyamin bashar hassan hosni vladimir keir rishi jeremy "
	"jens antony rex reince corey stephen kellyanne marco ben rudolph "
	"barack joe mitch chuck newt rahm beto pete cory kamala amy "
	"elon jeff rupert sundar tucker sean bret lester wolf anderson "
	"jake chris rachel megyn jorge ethan dylan gabriel logan eugene mason "
	"grant wesley wes stanley allen troy barry spencer mitchell clifford "
	"leroy francis calvin floyd maurice nelson perry rodney shane vernon "
	"wendell irving sterling channing "
	/* Names of Spanish, Arabic, South Asian, African, French, German,
	 * Italian, Russian, Nordic and Japanese news, and newer English
	 * ones: "Ana", "Khalid", "Rahul", "Kwame", "Liam". */
	"miguel pedro pablo alejandro fernando ricardo eduardo sergio rafael "
	"manuel ramon andres emilio mateo joaquin arturo alfredo enrique "
	"julio cesar ruben hugo ignacio gonzalo mohamed muhammed ahmad "
	"hussein khalid "
	"mahmoud mustafa youssef yusuf ibrahim ismail karim tariq samir nabil "
	"walid faisal abdul raj rahul amit anil arjun ravi sanjay sunil vijay "
	"vikram rohan suresh ramesh ashok deepak manoj pradeep kwame kofi "
	"chidi emeka tunde jamal tyrone darnell deshawn jacques francois "
	"philippe michel alain nicolas olivier sebastien julien hans klaus "
	"jurgen wolfgang dieter uwe stefan andreas matthias tobias lukas "
	"jonas felix moritz giovanni giuseppe luca matteo lorenzo francesco "
	"alessandro paolo stefano dmitri nikolai mikhail andrei oleg lars "
	"erik sven anders nils johan kanye trevor cornel denzel liam lucas "
	"aiden caleb hiroshi takashi kenji akira haruki satoshi "
	"wallace elmer milton otis cecil horace rufus roscoe wilbur mervyn "
	"clive neville toby dwayne reggie terrell jermaine darius cornelius "
	"ezra gideon luther "
	/* Irish, Scottish and Welsh, Portuguese, Turkish, Slavic and more
	 * African given names: "Declan", "Rhys", "Tiago", "Piotr". */
	"declan conor cormac niall darragh fergus alastair alasdair lachlan "
	"rory kieran ciaran aidan seamus dermot eamon eamonn enda padraig "
	"eoin callum hamish ewan gareth rhys dafydd huw rhodri gethin bryn "
	"nathaniel jasper giles cyril joao andre tiago sadiq amir yasser reza "
	"mehmet ahmet emre murat kemal piotr tomasz krzysztof pavel jakub "
	"milos goran zoran bogdan taras oleksandr oleksiy yevgeny evgeny "
	"alexey anatoly vitaly chinedu olu femi segun thabo sipho uhuru raila "
	"abiy dev cody dustin alfie archie freddie theo reuben ollie xavier "
	"harrison colton landon wyatt grayson easton jaxon kayden brayden "
	"jayden caden deandre demarcus keshawn tremaine rashad khalil jalen "
	"jaylen isaiah josiah jeremiah ezekiel silas atticus barnaby crispin "
	"finlay euan cillian oisin emyr iwan geraint "
	/* Either sex's, in both lists: "Marty Walz" is a woman. */
	"marty guadalupe jordan peyton skylar taylor casey riley avery quinn "
	"reese frankie bobbie billie mackenzie "
	/* And more of Europe, the Arab world, India, Japan and Africa:
	 * "Dominic", "Helmut", "Shinzo", "Olusegun". */
	"dominic alistair imran alberto alvaro esteban felipe guillermo angelo "
	"fabio massimo pietro christophe didier laurent thierry yves gerhard "
	"helmut horst friedrich markus igor petro vitali abdullah hamid nasser "
	"salman arvind manish rajesh takeshi shinzo fumio olusegun yoweri "
	/* Common English given names of older and younger men alike. */
	"gerry garry kieron mohammad damian damien marc vince ernie freddy "
	"teddy stevie stewart lenny lionel ned otto percy quentin reginald "
	"roland ronnie sammy sidney terence terrance tristan wilfred abe "
	"archibald basil benny bertie brady byron carlton cedric clyde conrad "
	"cyrus darrell darryl desmond edgar edmund edwin elliott elton emil "
	"ernesto ferdinand gerard hubert jarvis jeffery kelvin kendall leland "
	"lonnie lyle marlon melvin merle micheal neal quincy randall rene "
	"sheldon sylvester thaddeus vaughn virgil woodrow";

static const char female[] =
	"abigail alexandra alice alicia alison allison amanda amber amy andrea "
	"angela angelina ann anna anne annie april ashley barbara becky betsy "
	"beth betty beverly brenda bridget brittany carla carly carmen carol "
	"caroline carolyn catherine cathy charlotte cheryl chelsea christina "
	"christine cindy claire claudia condoleezza connie cynthia dana danielle dawn "
	"debbie deborah debra denise diana diane donna doris dorothy edith "
	"eileen elaine eleanor elena elisabeth elizabeth ellen emily emma erica "
	"erin eva evelyn fiona frances gabrielle gail gina gloria grace hannah "
	"heather heidi helen hillary hilary holly hope ilhan irene isabel ivana "
	"ivanka jackie jacqueline jane janet janice jean jeanne jennifer jenny "
	"jessica jill joan joanna jodi josephine joy joyce judith judy julia "
	"julie june karen kate katherine kathleen kathryn kathy katie kay "
	"kayleigh kellyanne kelly kimberly kirsten kristen laura lauren leslie "
	"linda lisa liz loretta lori louise lucy lynn madeleine maggie marcia "
	"jenna lindsay kelsey paige alyssa hailey poppy imogen harriet georgina "
	"rosie phoebe leah abbie gemma leanne tracey ananya aubrey kaylee "
	"tanisha carys sioned gwen addison "
	"margaret marge maria marie marilyn marine marsha martha mary maxine megan "
	"megyn melania melanie melissa meryl michele michelle mika molly monica "
	"nancy natalie nicola nicole nikki nina olivia pam pamela patricia "
	"patty paula peggy penny priti rachel rachael rebecca rebekah regina rita "
	"roberta robin rosa rose ruth sally samantha sandra sara sarah sharon "
	"sheila shirley sonia sophia stacey stephanie sue susan "
	"suzanne tammy tanya teresa theresa tiffany tina tracy tulsi ursula "
	"valerie vanessa victoria virginia wendy whitney yvonne zoe angela "
	"kamala liz jacinda giorgia kristi marjorie lauren nikki elise "
	"huma donna debbie hope sarah kirsten tammy jan isabella alexis "
	"kayla terri sylvia lois joanne "
	"ana ines lucia sofia valentina camila isabela gabriela daniela "
	"mariana marta pilar raquel silvia beatriz juana lupe yolanda "
	"alejandra veronica adriana leticia lorena marisol esperanza fatima "
	"aisha amina khadija leila layla zainab yasmin mariam maryam salma "
	"rania priya anita sunita pooja neha divya kavita lakshmi meera "
	"shreya aarti nisha ngozi amara chiamaka folake keisha lakisha latoya "
	"tamika shanice imani aaliyah sophie isabelle nathalie sylvie celine "
	"chloe camille manon lea lena katrin sabine petra heike monika giulia "
	"chiara francesca alessia federica natalia olga tatiana svetlana "
	"irina ekaterina anastasia ingrid astrid sigrid freya amelia ava mia "
	"ella penelope mila nora ellie lily isla zoey emilia gianna aria "
	"scarlett yuko keiko "
	"carole coretta bonnie phyllis norma wanda dolores gwendolyn rashida "
	"tamara lorraine geraldine beatrice mildred edna ethel gladys myrtle "
	"bernadette colleen kristin courtney "
	"niamh siobhan aoife saoirse sinead orla ciara roisin grainne mairead "
	"eimear kirsty morag ailsa eilidh catriona rhiannon sian cerys bethan "
	"ffion nia nadia amira noor samira hana katarzyna agnieszka magdalena "
	"malgorzata ewa olena oksana yulia chioma adaeze funmilayo thandiwe "
	"anjali deepa indira yoko akiko naomi mei yuki "
	/* Either sex's, in both lists: "Marty Walz" is a woman. */
	"marty guadalupe jordan peyton skylar taylor casey riley avery quinn "
	"reese frankie bobbie billie mackenzie "
	"hayley brigitte anja birgit annalena amelie noura deepika wangari "
	"chimamanda segolene ségolène "
	/* Common English given names of older and younger women alike. */
	"maureen pauline gillian jillian kerry marion agnes audrey beverley "
	"glenda lynne tessa faye sonya tara lara brianna kendra kristina "
	"krista jasmine haley bethany kelli kerri sheryl carrie cassandra "
	"dianne jeanette jeannie lydia mabel miriam muriel nellie rosemary "
	"rosalind sybil thelma vivian wilma yvette alana alanna annette "
	"antoinette belinda bernice bianca camilla candace candice cecilia "
	"celia charlene christa clara colette constance corinne daphne delia "
	"edwina eliza elsa elsie estelle esther eugenia eunice francine freda "
	"greta gretchen hattie helena henrietta hilda imelda irma isobel "
	"janine joann jocelyn jolene josie juanita justine kristy lana laurie "
	"leona lillian lorna louisa luisa lynda mandy marcy marguerite "
	"marianne maribel marla mavis meghan melinda meredith myra nadine "
	"odette patsy paulette priscilla renee rhonda robyn rochelle roxanne "
	"sabrina selina serena shannon shauna sheena sherri shelley sonja "
	"stacy susanna susannah tabitha tamsin tonya trudy vicki vickie "
	"winifred";

static const char determiners[] =
	"the a an his her their its one another two several some other many "
	"three most";

static const char prepositions[] =
	"of with to for at by from on in about against than like and or "
	"between";

/* Words whose period does not end a sentence. */
static const char abbrevs[] =
	"mr mrs ms dr sen rep gov gen lt col st jr sr prof rev jan feb mar apr "
	"jun jul aug sep sept oct nov dec inc corp co ltd vs no mt ft maj capt "
	"sgt adm supt dept est approx messrs cmdr cpl pvt ave blvd sens reps "
	"govs gens insp pres rep atty del v";

static const char particles[] =
	"de da di du del della der den dos das van von ter ten la le al el bin ibn "
	"bint st st. mac abu y";

/* Between a subject and its verb: "Mr Vance later said". */
static const char aux[] =
	"has have had was is were are will would could should may might must "
	"can did does do also then later again previously recently once "
	"further quickly repeatedly reportedly simply just even never only "
	"still already often publicly privately separately earlier initially "
	"first last finally himself herself themselves itself flatly bluntly "
	"angrily openly loudly quietly famously memorably always "
	"frequently sometimes subsequently immediately similarly likewise "
	"has since not been being";

/* Sentence openers that put a clause before the subject. */
static const char openers[] =
	"before after when while as since during following despite although "
	"though if unlike like with without for in on at earlier later "
	"shortly currently meanwhile yesterday today last on upon amid "
	"because once until whereas speaking asked addressing writing "
	"responding referring given like unlike amid besides including "
	"whether absent alongside outside inside throughout";

/* Named things that are not people. */
static const char events[] =
	"war wars conference summit act treaty accord accords agreement "
	"convention olympics games cup championship festival award awards "
	"fellowship scholarship trophy "
	"prize day week month year revolution crisis election elections "
	"primary primaries debate debates caucus caucuses hearing hearings "
	"speech address plan program programme initiative law laws amendment "
	"constitution declaration doctrine deal movement budget report "
	"survey poll index fair expo show series tour trial case affair "
	"scandal gate street avenue road boulevard square hotel tower building "
	"hall arena stadium center centre airport station plaza palace castle "
	"cathedral bridge park museum gallery memorial monument order "
	"telescope observatory highway tunnel dam scheme pact manifesto base "
	"dependency";

/* Group nouns that speak: "the campaign said", "the newspaper wrote". */
static const char group_nouns[] =
	"campaign newspaper paper network outlet magazine website site "
	"agency department ministry government administration company firm "
	"group organization organisation committee party statement report "
	"release spokesman spokeswoman spokesperson office team channel "
	"station publication daily broadcaster airline carrier retailer "
	"insurer lender chain manufacturer carmaker automaker drugmaker "
	"regulator watchdog charity university hospital club operator "
	"authority commission board utility";

/* A body's staff, plural: "Goldman Sachs economists" name a company.
 * ("officials", "lawyers" and "aides" are as often a person's.) */
static const char staff[] =
	"economists analysts executives researchers strategists shareholders "
	"engineers employees";

/* Roles that tell a sex: kin, rank, "a woman who lives nearby".  Not
 * "spokesman" or "chairman": news writes them of women too ("Trump
 * spokesman Hope Hicks … she said"). */
static const char male_roles[] =
	"father husband son brother uncle nephew grandfather grandson "
	"stepfather stepson boyfriend widower dad king prince duke earl baron "
	"lord sir monk man boy gentleman businessman schoolboy";

static const char female_roles[] =
	"mother wife daughter sister aunt niece grandmother granddaughter "
	"stepmother stepdaughter girlfriend widow mum mom queen princess "
	"duchess countess baroness lady dame actress nun matriarch woman girl "
	"schoolgirl spokeswoman chairwoman congresswoman businesswoman "
	"councilwoman assemblywoman policewoman sportswoman stateswoman "
	"anchorwoman frontwoman camerawoman alderwoman committeewoman "
	"servicewoman noblewoman gentlewoman saleswoman countrywoman";

/* Short forms of first names and the full ones they stand for ("Chuck
 * Grassley" is "Charles Grassley"); each short form is LEX_PET. */
static const char *const pet_names[][2] = {
	{"bob", "robert"},	  {"bobby", "robert"},
	{"rob", "robert"},	  {"robbie", "robert"},
	{"bill", "william"},	  {"billy", "william"},
	{"will", "william"},	  {"jim", "james"},
	{"jimmy", "james"},	  {"mike", "michael"},
	{"tom", "thomas"},	  {"tommy", "thomas"},
	{"dick", "richard"},	  {"rick", "richard"},
	{"rich", "richard"},	  {"pete", "peter"},
	{"sandy", "sandra"},	  {"kate", "katherine"},
	{"kate", "catherine"},	  {"kathy", "kathleen"},
	{"liz", "elizabeth"},	  {"beth", "elizabeth"},
	{"betsy", "elizabeth"},	  {"betty", "elizabeth"},
	{"dan", "daniel"},	  {"danny", "daniel"},
	{"dave", "david"},	  {"joe", "joseph"},
	{"chris", "christopher"}, {"chris", "christine"},
	{"matt", "matthew"},	  {"nick", "nicholas"},
	{"tony", "anthony"},	  {"steve", "stephen"},
	{"steve", "steven"},	  {"ed", "edward"},
	{"ted", "edward"},	  {"andy", "andrew"},
	{"alex", "alexander"},	  {"alex", "alexandra"},
	{"sam", "samuel"},	  {"ben", "benjamin"},
	{"greg", "gregory"},	  {"jeff", "jeffrey"},
	{"jon", "jonathan"},	  {"larry", "lawrence"},
	{"jerry", "gerald"},	  {"ron", "ronald"},
	{"don", "donald"},	  {"ken", "kenneth"},
	{"chuck", "charles"},	  {"charlie", "charles"},
	{"jack", "john"},	  {"johnny", "john"},
	{"pat", "patrick"},	  {"pat", "patricia"},
	{"peggy", "margaret"},	  {"maggie", "margaret"},
	{"sue", "susan"},	  {"jenny", "jennifer"},
	{"becky", "rebecca"},	  {"tim", "timothy"},
	{"fred", "frederick"},	  {"phil", "philip"},
	{"josh", "joshua"},	  {"jake", "jacob"},
	{"nate", "nathan"},	  {"ray", "raymond"}};

struct list {
	const char *words;
	unsigned cls;
};

static const struct list lists[] = {
	{honorifics, LEX_HONORIFIC},
	{titles, LEX_TITLE},
	{heads, LEX_HEAD},
	{modifiers, LEX_MODIFIER},
	{verbs, LEX_VERB},
	{foreign_verbs, LEX_VERB},
	{verbs_ing, LEX_VERB_ING},
	{orgs, LEX_ORG},
	{media, LEX_MEDIA},
	{places, LEX_PLACE},
	{not_names, LEX_NOT_NAME},
	{male, LEX_MALE},
	{female, LEX_FEMALE},
	{particles, LEX_PARTICLE},
	{aux, LEX_AUX},
	{openers, LEX_OPENER},
	{events, LEX_EVENT},
	{group_nouns, LEX_GROUP_NOUN},
	{abbrevs, LEX_ABBR},
	{determiners, LEX_DET},
	{prepositions, LEX_PREP},
	{tells, LEX_TELLS},
	{acronyms, LEX_ACRONYM},
	{address, LEX_ADDRESS},
	{staff, LEX_STAFF},
	{nations, LEX_NATION},
	{male_roles, LEX_MAN},
	{female_roles, LEX_WOMAN},
};

#define TABLE_BITS 13
#define TABLE_SIZE (1u << TABLE_BITS) /* about 2.4 times the words */
#define WORD_MAX   23		      /* longer words are in no list */

/* A word as the table keys it: lowercase, zero-padded to 24 bytes, so
 * that two words are the same when three 64-bit words are. */
union key {
	uint64_t q[3];
	char c[24];
};

/* A slot holds its word, so that a probe reads one cache line: this runs
 * for every word of every story, and most words are in no list.  The
 * table is kept well under half full, so that a miss ends within a probe
 * or two (twice the slots measured slower: the table then outgrows more
 * of the cache than the shorter probes save). */
struct slot {
	union key word;
	uint32_t cls;
	uint8_t len; /* 0 marks an empty slot */
};

static struct slot table[TABLE_SIZE] __attribute__((aligned(64)));

/* By slot, a byte of its word's hash with the high bit set, 0 when the
 * slot is empty: a search reads these 8 KB, which stay in the cache, and
 * reads a slot of the 256 KB table only when its byte matches, so a word
 * in no list (a third of them) seldom touches the table at all. */
static uint8_t tags[TABLE_SIZE] __attribute__((aligned(64)));

/* ASCII capitals to lowercase, every other byte as it is. */
static unsigned char lower[256];

/* The n <= 8 bytes at s, lowercase, as one little-endian word. */
static inline uint64_t fold8(const char *s, size_t n)
{
	uint64_t w = 0;
	while (n--)
		w = w << 8 | lower[(unsigned char)s[n]];
	return w;
}

/* The hash of the key k: its top bits are the slot where the search for
 * k starts, the seven below them its tag. */
static inline uint64_t hash_key(const union key *k)
{
	return (k->q[0] ^ (k->q[1] * 0x9E3779B97F4A7C15ull) ^
		(k->q[2] * 0xC2B2AE3D27D4EB4Full)) *
	       0x9E3779B97F4A7C15ull;
}

static inline uint32_t slot_of(uint64_t h)
{
	return (uint32_t)(h >> (64 - TABLE_BITS));
}

static inline uint8_t tag_of(uint64_t h)
{
	return (uint8_t)(0x80 | ((h >> (64 - TABLE_BITS - 7)) & 0x7f));
}

/* Folds the n bytes at s (n <= WORD_MAX) into k; returns the slot where
 * the search for it starts.  The words are assembled in registers and
 * stored whole: stored byte by byte, they would be read back at once as
 * 64-bit words, which stalls the load on the byte stores before it. */
static inline uint64_t make_key(const char *s, size_t n, union key *k)
{
	k->q[0] = fold8(s, n < 8 ? n : 8);
	k->q[1] = n > 8 ? fold8(s + 8, n < 16 ? n - 8 : 8) : 0;
	k->q[2] = n > 16 ? fold8(s + 16, n - 16) : 0;
	return hash_key(k);
}

/* The n (1 to 8) bytes at p, lowercase, as one little-endian word, read
 * as one load: all eight bytes at p must be readable.  The capitals are
 * found for the eight bytes at once (bytes of 0x80 and above, UTF-8's,
 * stay as they are), so a word costs no branch per letter. */
static inline uint64_t load8(const char *p, size_t n)
{
	const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
	uint64_t x;
	memcpy(&x, p, 8);
	if (n < 8)
		x &= (1ull << (8 * n)) - 1;
	uint64_t low = x & ~high;
	uint64_t capital = (low + ones * (0x80 - 'A')) &
			   ~(low + ones * (0x80 - 'Z' - 1)) & ~x & high;
	return x | capital >> 2;
}

/* make_key() for a word with 24 readable bytes at s. */
static inline uint64_t make_key_wide(const char *s, size_t n, union key *k)
{
	k->q[0] = load8(s, n < 8 ? n : 8);
	k->q[1] = n > 8 ? load8(s + 8, n < 16 ? n - 8 : 8) : 0;
	k->q[2] = n > 16 ? load8(s + 16, n - 16) : 0;
	return hash_key(k);
}

/* The slot that holds k of hash h, or the empty one where it would go. */
static inline uint32_t find_slot(const union key *k, size_t n, uint64_t h)
{
	uint8_t tag = tag_of(h);
	for (uint32_t i = slot_of(h);; i = (i + 1) & (TABLE_SIZE - 1)) {
		if (!tags[i])
			return i;
		const struct slot *sl = &table[i];
		if (tags[i] == tag && sl->len == n &&
		    sl->word.q[0] == k->q[0] && sl->word.q[1] == k->q[1] &&
		    sl->word.q[2] == k->q[2])
			return i;
	}
}

/* Adds the n bytes at p, lowercase, to the class cls. */
static void add_word(const char *p, size_t n, unsigned cls)
{
	if (!n || n > WORD_MAX)
		return;
	union key k;
	uint64_t h = make_key(p, n, &k);
	uint32_t i = find_slot(&k, n, h);
	table[i].word = k;
	table[i].len = (uint8_t)n;
	table[i].cls |= cls;
	tags[i] = tag_of(h);
}

/* The lists are lowercase already; a trailing period is not stored.
 * Built before main, so that the lookups, which run for every word,
 * need no check that it is built (and no lock). */
__attribute__((constructor)) static void build(void)
{
	for (unsigned c = 0; c < 256; c++)
		lower[c] = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	for (size_t l = 0; l < sizeof(lists) / sizeof(lists[0]); l++) {
		const char *p = lists[l].words;
		while (*p) {
			while (*p == ' ')
				p++;
			const char *e = p;
			while (*e && *e != ' ')
				e++;
			size_t n = (size_t)(e - p);
			if (n > 1 && p[n - 1] == '.')
				n--;
			add_word(p, n, lists[l].cls);
			p = e;
		}
	}
	for (size_t k = 0; k < sizeof(pet_names) / sizeof(*pet_names); k++)
		add_word(pet_names[k][0], strlen(pet_names[k][0]), LEX_PET);
}

static unsigned lookup_word(const char *s, size_t n, size_t avail);

static bool ends_with(const char *s, size_t n, const char *end)
{
	size_t e = strlen(end);
	return n > e && memcmp(s + n - e, end, e) == 0;
}

/* Professions the lists cannot all name, by endings that make nothing
 * else: "an entomologist at Lund University", "the photographer", "a
 * statistician".  ("-ist" alone would take "a nativist rant".)
 * Lowercase only: a capital starts a name. */
static bool profession(const char *s, size_t n)
{
	if (n < 7 || s[0] < 'a' || s[0] > 'z')
		return false;
	return ends_with(s, n, "ologist") || ends_with(s, n, "ographer") ||
	       ends_with(s, n, "ician");
}

unsigned lex_lookup(const char *s, size_t n)
{
	return lex_lookup_in(s, n, n);
}

unsigned lex_lookup_in(const char *s, size_t n, size_t avail)
{
	unsigned cls = lookup_word(s, n, avail);
	if (cls || n <= 2)
		return cls;
	if (profession(s, n))
		return LEX_HEAD;

	/* "co-leader", "co-chair", "co-host": a role shared is a role. */
	if (n > 4 && (s[0] | 0x20) == 'c' && (s[1] | 0x20) == 'o' &&
	    s[2] == '-')
		return lookup_word(s + 3, n - 3, 0) & (LEX_TITLE | LEX_HEAD);
	/* "Secretary-Treasurer", "Attorney-General": a compound of two
	 * titles is a title. */
	const char *dash = memchr(s, '-', n);
	if (dash && dash > s && dash < s + n - 1 &&
	    (lookup_word(s, (size_t)(dash - s), 0) & LEX_TITLE)) {
		const char *last = memrchr(s, '-', n) + 1;
		if (lookup_word(last, (size_t)(s + n - last), 0) & LEX_TITLE)
			cls = LEX_TITLE;
	}
	return cls;
}

/* avail: the bytes readable at s, n or more. */
static unsigned lookup_word(const char *s, size_t n, size_t avail)
{
	if (n > 1 && s[n - 1] == '.')
		n--;
	if (n == 0 || n > WORD_MAX)
		return 0;
	/* "Trump’s" arrives without its ending, "U.S." as "u.s". */
	union key k;
	uint64_t h = avail >= sizeof(k) ? make_key_wide(s, n, &k)
					: make_key(s, n, &k);
	uint32_t i = find_slot(&k, n, h);
	return tags[i] ? table[i].cls : 0;
}

void lex_nationality(const char *s, size_t n, char *out, size_t cap)
{
	/* The nouns whose adjective is another word; the rest ("Italian",
	 * "German", "Greek") are their own. */
	static const char *const nouns[][2] = {
		{"spaniard", "spanish"},   {"briton", "british"},
		{"brit", "british"},	   {"scot", "scottish"},
		{"scotsman", "scottish"},  {"scotswoman", "scottish"},
		{"englishman", "english"}, {"englishwoman", "english"},
		{"irishman", "irish"},	   {"irishwoman", "irish"},
		{"welshman", "welsh"},	   {"welshwoman", "welsh"},
		{"frenchman", "french"},   {"frenchwoman", "french"},
		{"dutchman", "dutch"},	   {"dutchwoman", "dutch"},
		{"swede", "swedish"},	   {"dane", "danish"},
		{"finn", "finnish"},	   {"pole", "polish"},
		{"turk", "turkish"},	   {"serb", "serbian"},
		{"croat", "croatian"},	   {"kurd", "kurdish"}};
	if (!cap)
		return;
	size_t k = 0;
	for (; k < n && k + 1 < cap; k++)
		out[k] = (char)lower[(unsigned char)s[k]];
	out[k] = '\0';
	for (size_t i = 0; i < sizeof(nouns) / sizeof(nouns[0]); i++)
		if (strcmp(out, nouns[i][0]) == 0) {
			snprintf(out, cap, "%s", nouns[i][1]);
			return;
		}
}

char lex_role_sex(const char *s, size_t n)
{
	unsigned cls = lookup_word(s, n, 0);
	return (cls & LEX_MAN) ? 'm' : (cls & LEX_WOMAN) ? 'f' : 0;
}

const char *lex_full_name(const char *s, size_t n, size_t k)
{
	for (size_t i = 0; i < sizeof(pet_names) / sizeof(*pet_names); i++)
		if (pet_names[i][0][0] == s[0] &&
		    strlen(pet_names[i][0]) == n &&
		    memcmp(pet_names[i][0], s, n) == 0 && k-- == 0)
			return pet_names[i][1];
	return NULL;
}
