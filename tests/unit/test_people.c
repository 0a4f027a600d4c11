/*
 * test_people.c - people/ as a user sees it: who counts as a person, full
 * names with titles, short forms merged as aliases, mentions counted.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/analyze.h"
#include "articlefs/model.h"
#include "testutil.h"

static struct article *analysed(const char *s)
{
	struct article *a = text_article(s);
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(analyze_article(a), 0);
	return a;
}

static bool has(char **v, size_t n, const char *s)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i], s) == 0)
			return true;
	return false;
}

static const struct person *person(const struct article *a, const char *name)
{
	const struct person *p = article_find_person(a, name);
	ck_assert_msg(p != NULL, "no person \"%s\"", name);
	return p;
}

START_TEST(seed_people_exactly)
{
	size_t len;
	char *buf = fixture("tests/fixtures/seed.txt", &len), *err = NULL;
	struct article *a = parse_text(buf, len, "seed.txt", &err);
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(analyze_article(a), 0);

	static const char *const names[] = {"Volodymyr Zelensky",
					    "JD Vance",
					    "Donald Trump",
					    "Vladimir Putin",
					    "Frank-Walter Steinmeier",
					    "Mark Rutte",
					    "David Lammy"};
	ck_assert_uint_eq(a->n_people, 7);
	for (size_t i = 0; i < 7; i++)
		person(a, names[i]);

	const struct person *p = person(a, "JD Vance");
	ck_assert_str_eq(p->slug, "jd-vance");
	ck_assert(has(p->titles, p->n_titles, "US vice president"));
	ck_assert(has(p->aliases, p->n_aliases, "Mr Vance"));
	ck_assert_uint_ge(p->mentions, 9);

	p = person(a, "Donald Trump");
	ck_assert(has(p->aliases, p->n_aliases, "Trump"));
	ck_assert(has(p->aliases, p->n_aliases, "Mr Trump"));
	ck_assert(has(p->aliases, p->n_aliases, "President Trump"));
	ck_assert(has(p->titles, p->n_titles, "US President"));

	p = person(a, "Volodymyr Zelensky");
	ck_assert(has(p->titles, p->n_titles, "Ukrainian President"));
	ck_assert(has(p->aliases, p->n_aliases, "Mr Zelensky"));
	ck_assert(has(person(a, "Mark Rutte")->titles,
		      person(a, "Mark Rutte")->n_titles,
		      "Nato secretary general"));
	ck_assert(has(person(a, "David Lammy")->titles,
		      person(a, "David Lammy")->n_titles,
		      "British Foreign Secretary"));
	article_free(a);
	free(buf);
	free(err);
}
END_TEST

/* A surname after a title of several capitalised words keeps them all in
 * its alias, but not an adjective before them. */
START_TEST(alias_keeps_whole_title)
{
	struct article *a = analysed(
		"H\n\n"
		"Vice President Biden and Attorney General Lynch spoke. "
		"Former Vice President Quayle did not.\n");
	const struct person *p = person(a, "Biden");
	ck_assert(has(p->aliases, p->n_aliases, "Vice President Biden"));
	p = person(a, "Lynch");
	ck_assert(has(p->aliases, p->n_aliases, "Attorney General Lynch"));
	p = person(a, "Quayle");
	ck_assert(has(p->aliases, p->n_aliases, "Vice President Quayle"));
	article_free(a);
}
END_TEST

/* The seed's places and bodies, a court a verb reports to, the place or
 * body a titled person is "of", places named after saints, a
 * photographer's credit, a capital that modifies a noun the lists take
 * for a verb ("her Islamophobic remarks"), companies by their words
 * ("Ford Motor"), a run a preposition opens ("Alongside BLM"), one with
 * a digit ("Page A22"), a lone letter ("X said"), a product's name
 * ending in an acronym ("Halcyon VR"), more companies by their words
 * ("Harwell Ports", "Dunmore Resorts") and a name a spokesperson speaks
 * for, on that evidence alone ("A spokesperson for Kelbrook said"). */
START_TEST(places_and_organisations_are_not_people)
{
	struct article *a = analysed(
		"H\n\n"
		"Leaders met at the Munich Security Conference in the "
		"Bayerischer Hof Hotel, far from Eastern Europe and East Asia.\n\n"
		"Nato and the United States said the Second World War taught "
		"them much, and the Trump administration agreed.\n\n"
		"The Washington Post reported that the Pentagon said so.\n\n"
		"The prosecutor told Southwark Crown Court that the bank "
		"lost millions. The Earl of Wessex said so, as did the CEO "
		"of Hewlett-Packard.\n\n"
		"Santa Barbara said no. She flew on to San Pedro Sula. She "
		"was known for her Islamophobic remarks and a Trumpian "
		"post.\n\n"
		"Ford Motor said sales fell, and Harmony Enterprises agreed. "
		"Alongside BLM, students marched; Planned Parenthood "
		"said so.\n\n"
		"Leaders met at the wall. (Thomas Coex/AFP/Getty Images)\n\n"
		"“It is fast,” X said of the console.\n\n"
		"A version of this article appears in print on , on Page A22 "
		"of the New York edition with the headline: Under the "
		"Streets.\n\n"
		"The headset maker Halcyon VR said the Beacon RPC layer "
		"was fixed.\n\n"
		"The port's owner, Harwell Ports, said the deal was fair, "
		"and Dunmore Resorts agreed.\n\n"
		"A spokesperson for Kelbrook said the centre would open.\n");
	ck_assert_uint_eq(a->n_people, 0);
	article_free(a);
}
END_TEST

/* "Jessica Alvarez of Morningstar cautioned": the verb is hers, and no
 * evidence that the firm she works at is a person. */
START_TEST(employer_after_name_is_no_person)
{
	struct article *a = analysed(
		"H\n\n"
		"Analysts were divided. Jessica Alvarez of Morningstar "
		"cautioned that the risk was large, and Tom Reyes of "
		"Halvorsen said the shares were cheap.\n");
	ck_assert_uint_eq(a->n_people, 2);
	person(a, "Jessica Alvarez");
	person(a, "Tom Reyes");
	article_free(a);
}
END_TEST

/* After "who" or "which" a role's word in small letters is a verb ("who
 * host Roma", "who judge Ann Smith"), and makes no title or person. */
START_TEST(role_word_after_who_is_a_verb)
{
	struct article *a = analysed(
		"H\n\n"
		"The win leaves the Lions two points clear of the Hawks, who "
		"host Roma on Monday.\n\n"
		"Fans who judge Ann Smith harshly are wrong, said Lee Hart, "
		"whose coach Ray Dunn agreed.\n");
	for (size_t k = 0; k < a->n_people; k++)
		ck_assert_str_ne(a->people[k].name, "Roma");
	ck_assert_uint_eq(person(a, "Ann Smith")->n_titles, 0);
	ck_assert(has(person(a, "Ray Dunn")->titles,
		      person(a, "Ray Dunn")->n_titles, "coach"));
	article_free(a);
}
END_TEST

/* A role in capitals after a party, set off after the name: "Rachael
 * Maskell, the Labour MP for York Central,", "Jo Reed, a Conservative
 * MP,". */
START_TEST(party_and_acronym_role_after_name)
{
	struct article *a = analysed(
		"H\n\n"
		"Rachael Maskell, the Labour MP for York Central, said the "
		"cuts were wrong. Jo Reed, a Conservative MP, disagreed.\n");
	const struct person *p = person(a, "Rachael Maskell");
	ck_assert(has(p->titles, p->n_titles, "Labour MP for York Central"));
	p = person(a, "Jo Reed");
	ck_assert(has(p->titles, p->n_titles, "Conservative MP"));
	article_free(a);
}
END_TEST

/* Words of a people, a faith or a state that are no one: "six Orthodox",
 * "As Soviet states", "African-American voters", an "Executive Order". */
START_TEST(adjectives_of_peoples_are_no_one)
{
	struct article *a = analysed(
		"H\n\n"
		"To date, 14 Catholics, six Orthodox and four Protestants were "
		"admitted.\n\n"
		"As Soviet states, Armenia and Azerbaijan fell under Moscow.\n\n"
		"It energised African-American voters, who said they were "
		"ready.\n\n"
		"They claimed that President Executive Order might be used.\n");
	ck_assert_uint_eq(a->n_people, 0);
	article_free(a);
	/* Still a role's words: "Soviet leader Mikhail Gorbachev". */
	a = analysed("H\n\n"
		     "Soviet leader Mikhail Gorbachev met him in 1987.\n");
	const struct person *p = person(a, "Mikhail Gorbachev");
	ck_assert(has(p->titles, p->n_titles, "Soviet leader"));
	article_free(a);
}
END_TEST

/* A short form of a first name before the same surname is the same
 * person, named as the story named them first: "Chuck Grassley" then
 * "Charles Grassley", "Sandra Paradis" then "Sandy Paradis". */
START_TEST(pet_first_name_is_same_person)
{
	struct article *a = analysed(
		"H\n\n"
		"Sen. Chuck Grassley spoke on Monday. Charles Grassley, 82, "
		"said he would not change his mind.\n\n"
		"Sandra Paradis met him later. “It works,” Sandy Paradis "
		"said.\n");
	ck_assert_uint_eq(a->n_people, 2);
	const struct person *p = person(a, "Chuck Grassley");
	ck_assert(has(p->aliases, p->n_aliases, "Charles Grassley"));
	ck_assert_uint_eq(p->mentions, 2);
	p = person(a, "Sandra Paradis");
	ck_assert(has(p->aliases, p->n_aliases, "Sandy Paradis"));
	article_free(a);
}
END_TEST

/* A short first name or a nickname in quotation marks before the
 * surname of a longer name, middle initial and all, is that person. */
START_TEST(short_name_of_longer_name)
{
	struct article *a = analysed(
		"H\n\n"
		"Rep. Robert C. Tallis opened the hall on Friday. "
		"Ernest \"Fritz\" Hollow, his opponent, stayed away.\n\n"
		"“It is a good day,” Bob Tallis said. Fritz Hollow said "
		"later that it was not.\n");
	ck_assert_uint_eq(a->n_people, 2);
	const struct person *p = person(a, "Robert C. Tallis");
	ck_assert(has(p->aliases, p->n_aliases, "Bob Tallis"));
	ck_assert_uint_eq(p->mentions, 2);
	p = person(a, "Ernest Hollow");
	ck_assert(has(p->aliases, p->n_aliases, "Fritz Hollow"));
	ck_assert_uint_eq(a->n_quotes, 1);
	ck_assert_str_eq(a->quotes[0].speaker, "Robert C. Tallis");
	article_free(a);
}
END_TEST

/* First names that are also a word or a place ("Dawn", "Jordan") still
 * open a name; a middle name with a trade's ending is no trade. */
START_TEST(first_names_that_are_words)
{
	struct article *a = analysed(
		"H\n\n"
		"His neighbour, florist Dawn Okafor, agreed. Rovers won "
		"after a cross from Jordan Pryce.\n\n"
		"U.S. District Judge Daniel Porter Jordan III ruled on "
		"Friday.\n\n"
		"Jenna Ross put it simply. Theo Marsh agreed.\n\n"
		"Dominic Calvert-Lewin scored twice. Shinzo Abe and Ségolène "
		"Royal met.\n");
	const struct person *p = person(a, "Dawn Okafor");
	ck_assert_uint_eq(p->n_titles, 1);
	ck_assert_str_eq(p->titles[0], "florist");
	person(a, "Jordan Pryce");
	p = person(a, "Daniel Porter Jordan III");
	ck_assert(has(p->titles, p->n_titles, "U.S. District Judge"));
	/* First names of the last decades: no other evidence here. */
	person(a, "Jenna Ross");
	person(a, "Theo Marsh");
	/* And of other countries. */
	person(a, "Dominic Calvert-Lewin");
	person(a, "Shinzo Abe");
	person(a, "Ségolène Royal");
	ck_assert_uint_eq(a->n_people, 8);
	article_free(a);
}
END_TEST

/* A role set off after the object of "in", "at" and the like describes
 * the sentence's subject, not a place ("Born in Sunderland, the daughter
 * of a welder, she"), unless that object is a first name and a surname. */
START_TEST(role_after_place_preposition)
{
	struct article *a = analysed(
		"H\n\n"
		"Born in Sunderland, the daughter of a welder, Margaret "
		"Ellwood taught for 40 years. “We were the problem,” she "
		"said.\n\n"
		"Rubel works at Jefferies, who notes the risk.\n\n"
		"The party found a new leader in Mitt Ramsey, the 2012 "
		"nominee.\n");
	ck_assert_ptr_null(article_find_person(a, "Sunderland"));
	ck_assert_ptr_null(article_find_person(a, "Jefferies"));
	const struct person *p = person(a, "Mitt Ramsey");
	ck_assert_uint_eq(p->n_titles, 1);
	ck_assert_uint_eq(a->n_quotes, 1);
	ck_assert_str_eq(a->quotes[0].speaker, "Margaret Ellwood");
	article_free(a);
}
END_TEST

/* "a game called Winfall" names a thing ("called" reports nothing
 * there); "Gatwick airport" a place, which then "said" as a body; and
 * "Gerald and Marge Selbee" are two, "Mr Selbee" and "Mrs Selbee". */
START_TEST(things_named_and_couples)
{
	struct article *a = analysed(
		"H\n\n"
		"Gerald and Marge Selbee found a flaw in a game called "
		"Winfall that let them profit.\n\n"
		"“It's just arithmetic,” Mr Selbee said. Mrs Selbee was more "
		"cautious. “I thought he had lost his mind,” she said.\n\n"
		"Flights were grounded at Gatwick airport for hours. Gatwick "
		"said the fault lay elsewhere.\n");
	ck_assert_ptr_null(article_find_person(a, "Winfall"));
	ck_assert_ptr_null(article_find_person(a, "Gatwick"));
	person(a, "Gerald Selbee");
	person(a, "Marge Selbee");
	ck_assert_uint_eq(a->n_people, 2);
	ck_assert_uint_eq(a->n_quotes, 2);
	ck_assert_str_eq(a->quotes[0].speaker, "Gerald Selbee");
	ck_assert_str_eq(a->quotes[1].speaker, "Marge Selbee");
	article_free(a);
}
END_TEST

/* A couple after a sentence's first word: "When Margaret and Harold
 * Whitaker" names her too, and "Mrs Whitaker" before their daughter is
 * named is she. */
START_TEST(couple_after_sentence_opener)
{
	struct article *a = analysed(
		"H\n\n"
		"When Margaret and Harold Whitaker opened their shop, friends "
		"laughed.\n\n"
		"“Everyone said we were mad,” says Mrs Whitaker.\n\n"
		"Their daughter, Emma Whitaker, runs it now.\n");
	person(a, "Margaret Whitaker");
	person(a, "Harold Whitaker");
	person(a, "Emma Whitaker");
	ck_assert_uint_eq(a->n_quotes, 1);
	ck_assert_str_eq(a->quotes[0].speaker, "Margaret Whitaker");
	article_free(a);
}
END_TEST

/* A short form that fits two people of one surname goes to the one that
 * honorifics name again and again, not to the one met first. */
START_TEST(short_form_of_shared_surname)
{
	struct article *a = analysed(
		"H\n\n"
		"President Obama is rolling out a new message.\n\n"
		"Mr. Obama spoke on Saturday. Mr. Obama was blunt.\n\n"
		"The campaign will use Mr. Obama and the first lady, Michelle "
		"Obama, in Florida.\n\n"
		"Barack Obama won Florida twice.\n");
	const struct person *b = person(a, "Barack Obama");
	const struct person *m = person(a, "Michelle Obama");
	ck_assert(has(b->aliases, b->n_aliases, "President Obama"));
	ck_assert(!has(m->aliases, m->n_aliases, "President Obama"));
	article_free(a);
}
END_TEST

/* "first lady" is one title, after a capital or not, before the name or
 * set off before it. */
START_TEST(first_lady_is_a_title)
{
	struct article *a = analysed(
		"H\n\n"
		"The first lady, Michelle Obama, spoke. First Lady Melania "
		"Trump did not.\n\n"
		"“We are ready,” said former first lady Laura Bush.\n");
	const struct person *p = person(a, "Michelle Obama");
	ck_assert(has(p->titles, p->n_titles, "first lady"));
	p = person(a, "Melania Trump");
	ck_assert(has(p->titles, p->n_titles, "First Lady"));
	p = person(a, "Laura Bush");
	ck_assert(has(p->titles, p->n_titles, "former first lady"));
	article_free(a);
}
END_TEST

/* A capital "The" inside a sentence opens a title: a paper's, a
 * programme's, a place's, no one's name. */
START_TEST(titles_after_a_capital_the)
{
	struct article *a = analysed(
		"H\n\n"
		"Mayor Ann Pike was, as The New Yorker put it, a fixer.\n\n"
		"Pike told The Kelly File on Monday that she met The Hague "
		"court.\n\n"
		"Oct. 31, 2012 The Obama visit. President Obama toured the "
		"town with The Rev. Al Sharpton.\n");
	person(a, "Ann Pike");
	person(a, "Obama");
	person(a, "Al Sharpton");
	ck_assert_ptr_null(article_find_person(a, "Yorker"));
	ck_assert_ptr_null(article_find_person(a, "New Yorker"));
	ck_assert_ptr_null(article_find_person(a, "Kelly File"));
	ck_assert_ptr_null(article_find_person(a, "Hague"));
	article_free(a);
}
END_TEST

/* News agencies by their names alone are bodies, and so are the places
 * and bodies of the news that only the lists can tell from a surname. */
START_TEST(news_agencies_are_no_one)
{
	struct article *a =
		analysed("H\n\n"
			 "Xinhua said the talks had ended. Kyodo and Yonhap "
			 "reported the same.\n");
	ck_assert_ptr_null(article_find_person(a, "Xinhua"));
	ck_assert_ptr_null(article_find_person(a, "Kyodo"));
	ck_assert_ptr_null(article_find_person(a, "Yonhap"));
	article_free(a);
	/* Cities of the wars in the news, regions, bodies' plural words. */
	a = analysed("H\n\n"
		     "Benghazi said it was calm. The American Legion wrote to "
		     "the senator. Southeastern states vote next, the "
		     "National Academies said.\n");
	ck_assert_ptr_null(article_find_person(a, "Benghazi"));
	ck_assert_ptr_null(article_find_person(a, "Legion"));
	ck_assert_ptr_null(article_find_person(a, "American Legion"));
	ck_assert_ptr_null(article_find_person(a, "Southeastern"));
	ck_assert_ptr_null(article_find_person(a, "Academies"));
	article_free(a);
}
END_TEST

/* Words that start a sentence, an organisation's first word alone, a
 * country that "said", a plural title: none is a person or a name's part. */
START_TEST(more_that_are_not_people)
{
	struct article *a = analysed(
		"H\n\n"
		"Sens. Ann Pike and Omar Vale said the deal was bad.\n\n"
		"Neither Pike nor Vale voted. Beyond Pike, nobody spoke.\n\n"
		"The mine was sold by Grintley Energy last year. In a "
		"statement, Grintley said: “We acted lawfully.”\n\n"
		"Estonia said it would not comment. The General Assembly "
		"met.\n\n"
		"Kim Jong Un said the tests would go on. The UN said it was "
		"watching.\n\n"
		"General Electric said profits fell.\n\n"
		"Paul Arne of the Harbour Center for Maritime Studies "
		"agreed.\n\n"
		"Voters were polled by Anderson Robbins Research, which said "
		"the race was close. Fred Holt began building Holt Village, "
		"and Holt Village grew.\n");
	person(a, "Ann Pike");
	person(a, "Omar Vale");
	ck_assert_ptr_null(article_find_person(a, "Sens. Ann Pike"));
	ck_assert_ptr_null(article_find_person(a, "Neither Pike"));
	ck_assert_ptr_null(article_find_person(a, "Beyond Pike"));
	ck_assert_ptr_null(article_find_person(a, "Grintley"));
	ck_assert_ptr_null(article_find_person(a, "Grintley Energy"));
	ck_assert_ptr_null(article_find_person(a, "Estonia"));
	ck_assert_ptr_null(article_find_person(a, "Assembly"));
	ck_assert_ptr_null(article_find_person(a, "Electric"));
	/* "Studies" names a body. */
	ck_assert_ptr_null(article_find_person(a, "Maritime Studies"));
	ck_assert_ptr_null(article_find_person(a, "Anderson Robbins Research"));
	ck_assert_ptr_null(article_find_person(a, "Holt Village"));
	/* "Un" is no UN. */
	person(a, "Kim Jong Un");
	article_free(a);

	/* Peoples of places, generations, abstract nouns, the end of a
	 * body's name joined by "for" or "on", a word the story also writes
	 * in lowercase, a city. */
	a = analysed("H\n\n"
		     "Most Ohioans say the race is close, and Floridians say "
		     "so too. Millennials say it is not.\n\n"
		     "His fellow Texan said the wall would work.\n\n"
		     "The Organization for Economic Development said growth "
		     "slowed. Economics said nothing. The Club for Growth said "
		     "it would spend more. The Committee on Foreign Relations "
		     "on Friday said the same. She joined the Peace Corps, and "
		     "the Growth and Opportunity Project said it would "
		     "help.\n\n"
		     "The board would act as an “umpire.” Students said they "
		     "would sit the tests, and the students agreed.\n\n"
		     "The attack in Nice killed 84. Nice said it would "
		     "mourn. Protests in Charlotte went on, and Charlotte "
		     "said it would heal.\n");
	ck_assert_uint_eq(a->n_people, 0);
	article_free(a);

	/* A city's name may still be someone's first name. */
	a = analysed("H\n\n"
		     "Charlotte Meehan said the city would heal.\n");
	person(a, "Charlotte Meehan");
	article_free(a);

	/* A capital inside a word makes a brand, unless a surname's
	 * prefix or a first name comes before it. */
	a = analysed("H\n\n"
		     "The files, WikiLeaks said, were real. The claim, "
		     "PolitiFact said, was false.\n\n"
		     "BuzzFeed Editor Ben Smith said the files were real. "
		     "Judge JoAnne Kloppenburg and Gov. Ron DeSantis said "
		     "nothing, and Ann McNally said less.\n");
	ck_assert_ptr_null(article_find_person(a, "WikiLeaks"));
	ck_assert_ptr_null(article_find_person(a, "PolitiFact"));
	ck_assert_ptr_null(article_find_person(a, "BuzzFeed Editor Ben Smith"));
	person(a, "Ben Smith");
	person(a, "JoAnne Kloppenburg");
	person(a, "Ron DeSantis");
	person(a, "Ann McNally");
	article_free(a);

	/* An adverb opening a sentence, a hyphenated description and a
	 * people's word are no first names; a surname that looks like a
	 * people's word stays one. */
	a = analysed(
		"H\n\n"
		"Christoph Blocher said so. Interestingly Blocher said he "
		"would stay.\n\n"
		"Texas-based Matt Lyle said it was over, and Floridians "
		"Mary Ruiz and Tom Vale said so. Co-anchor Norah Dunn said "
		"nothing. Len Burman said little.\n");
	person(a, "Christoph Blocher");
	ck_assert_ptr_null(article_find_person(a, "Interestingly Blocher"));
	person(a, "Matt Lyle");
	person(a, "Mary Ruiz");
	person(a, "Norah Dunn");
	person(a, "Len Burman");
	article_free(a);

	/* A nickname in quotation marks inside a name is part of no
	 * quotation, and the name around it is one person; "Del." is a
	 * delegate's title, "Del" of "Benicio Del Toro" a name's word. */
	a = analysed("H\n\n"
		     "Rep. Robert C. \"Bobby\" Scott opened his yard. “This is "
		     "a big year,” his niece, state Del. Marcia “Cia” Price, "
		     "shouted. Benicio Del Toro said he agreed. Billy \"Big "
		     "Joe\" Haines waved.\n");
	person(a, "Robert C. Scott");
	person(a, "Marcia Price");
	person(a, "Benicio Del Toro");
	person(a, "Billy Haines");
	ck_assert_uint_eq(a->n_quotes, 1);
	ck_assert_str_eq(a->quotes[0].speaker, "Marcia Price");
	article_free(a);

	/* A title's quoted word is no nickname. */
	a = analysed("H\n\n"
		     "Maria Hinojosa Explained Why She Felt “Invisible” As A "
		     "Child.\n");
	ck_assert_uint_eq(a->n_quotes, 1);
	article_free(a);

	/* A book's title: "Real" is no first name. */
	a = analysed(
		"H\n\n"
		"Dana Holt spoke.\n\n"
		"In 1991 Lena Voss, a former aide, published “Holted! The "
		"Inside Story of the Real Dana Holt.” In it, Voss departed "
		"from the story.\n\n"
		"Holt called her “a disgruntled former employee.”\n");
	person(a, "Dana Holt");
	ck_assert_ptr_null(article_find_person(a, "Real Dana Holt"));
	article_free(a);
}
END_TEST

/* Names with Polish capitals, a name set off after its role, and a place
 * that a reporting verb introduces as the subject of what was said. */
START_TEST(role_holders_and_non_ascii_capitals)
{
	struct article *a = analysed(
		"H\n\n"
		"The council's spokesman, Bogdan Wróblewski, called the plan "
		"“bold”.\n\n"
		"Żaneta Nowak, a union organiser, said wages lag.\n\n"
		"Officials said Kraków had been chosen.\n");
	person(a, "Bogdan Wróblewski");
	person(a, "Żaneta Nowak");
	ck_assert_ptr_null(article_find_person(a, "Nowak"));
	ck_assert_ptr_null(article_find_person(a, "Kraków"));
	article_free(a);
}
END_TEST

START_TEST(aliases_merge)
{
	struct article *a = analysed(
		"H\n\n"
		"Senator Elizabeth Warren spoke on Monday.\n\n"
		"Ms Warren said the bill was weak. Warren has opposed it.\n\n"
		"Sen. Warren later left.\n");
	ck_assert_uint_eq(a->n_people, 1);
	const struct person *p = person(a, "Elizabeth Warren");
	ck_assert(has(p->aliases, p->n_aliases, "Ms Warren"));
	ck_assert(has(p->aliases, p->n_aliases, "Warren"));
	ck_assert(has(p->titles, p->n_titles, "Senator"));
	ck_assert_uint_eq(p->mentions, 4);
	article_free(a);
}
END_TEST

START_TEST(surname_only_with_evidence)
{
	struct article *a = analysed("H\n\n"
				     "Mr Okafor arrived late.\n\n"
				     "Shortly afterwards, Tuesday came.\n");
	ck_assert_uint_eq(a->n_people, 1);
	person(a, "Okafor");
	article_free(a);
}
END_TEST

START_TEST(same_surname_two_people)
{
	struct article *a = analysed(
		"H\n\n"
		"Hillary Clinton and Bill Clinton arrived together.\n\n"
		"Bill Clinton spoke first. Clinton said little.\n");
	ck_assert_uint_eq(a->n_people, 2);
	ck_assert_uint_eq(person(a, "Bill Clinton")->mentions, 3);
	ck_assert_uint_eq(person(a, "Hillary Clinton")->mentions, 1);
	article_free(a);

	/* An honorific's sex picks between them: "Mr. Obama" is not the
	 * Michelle Obama met last. */
	a = analysed("H\n\n"
		     "Barack Obama spoke after Michelle Obama.\n\n"
		     "“Vote,” Mr. Obama said. “Please,” Mrs. Obama said.\n");
	ck_assert_str_eq(a->quotes[0].speaker, "Barack Obama");
	ck_assert_str_eq(a->quotes[1].speaker, "Michelle Obama");
	article_free(a);

	/* So does the title written with it: "Sen. Cruz" is the senator,
	 * not the Cruz met last. */
	a = analysed("H\n\n"
		     "Sen. Ted Cruz arrived with Heidi Cruz.\n\n"
		     "Heidi Cruz waved. “Never,” Sen. Cruz said.\n");
	ck_assert_str_eq(a->quotes[0].speaker, "Ted Cruz");
	article_free(a);

	/* A party tag set off by commas is no one, and the role after it
	 * is the legislator's. */
	a = analysed("H\n\n"
		     "Rep. Jim Jordan, R-Ohio, the chairman of the House "
		     "Judiciary Committee, said hearings would follow.\n");
	ck_assert_uint_eq(a->n_people, 1);
	const struct person *p = person(a, "Jim Jordan");
	ck_assert(has(p->titles, p->n_titles,
		      "chairman of the House Judiciary Committee"));
	article_free(a);
}
END_TEST

/* A surname that is also a nationality or party word counts beside a
 * reporting verb or a role (set off after it, or a lowercase one right
 * before the name), and not otherwise. */
START_TEST(surname_that_is_a_nationality)
{
	struct article *a = analysed(
		"H\n\n"
		"Jack Cuban, the billionaire investor, spoke on Sunday.\n\n"
		"“We lost,” said Will English.\n\n"
		"Will Republican voters turn out? Sue Democrat might.\n\n"
		"The Leeds Rhinos owner Mark Irish is sizing up the field.\n");
	ck_assert_uint_eq(a->n_people, 3);
	person(a, "Jack Cuban");
	person(a, "Will English");
	person(a, "Mark Irish");
	article_free(a);
}
END_TEST

/* A middle initial that is also a word ("A.", "I.") stays in the name. */
START_TEST(middle_initial_in_name)
{
	struct article *a =
		analysed("H\n\n"
			 "“We are ready,” Nora A. Castell said on Tuesday.\n\n"
			 "Later Castell added that Tomas I. Verry agreed.\n");
	person(a, "Nora A. Castell");
	article_free(a);
}
END_TEST

/* A name that holds another name of the story whole is one person: given
 * names alone, an epithet before a full name, a full name beside its two
 * surnames. */
START_TEST(names_within_names)
{
	struct article *a = analysed(
		"H\n\n"
		"Hori Rua and his son, Te Kaurinui Robert Rua, carve bone. "
		"Rua said the whales were sick.\n\n"
		"“It is a modern thing,” says Te Kaurinui.\n\n"
		"Dana Holt said nothing. Crooked Dana Holt said she was "
		"right, the ad claimed.\n\n"
		"Talks with Ildefonso Guajardo Villarreal went on. Guajardo "
		"Villarreal said they were “useful”.\n\n"
		"NEA President Lily Eskelsen Garza spoke. Eskelsen Garza said "
		"the races mattered.\n");
	const struct person *p = person(a, "Te Kaurinui Robert Rua");
	ck_assert(has(p->aliases, p->n_aliases, "Te Kaurinui"));
	ck_assert_ptr_null(article_find_person(a, "Te Kaurinui"));
	person(a, "Hori Rua");
	p = person(a, "Dana Holt");
	ck_assert_ptr_null(article_find_person(a, "Crooked Dana Holt"));
	p = person(a, "Ildefonso Guajardo Villarreal");
	ck_assert(has(p->aliases, p->n_aliases, "Guajardo Villarreal"));
	ck_assert_ptr_null(article_find_person(a, "Guajardo Villarreal"));
	/* So with a first name the lists know. */
	p = person(a, "Lily Eskelsen Garza");
	ck_assert(has(p->aliases, p->n_aliases, "Eskelsen Garza"));
	ck_assert_ptr_null(article_find_person(a, "Eskelsen Garza"));
	article_free(a);

	/* A gerund before a surname the story uses alone opens a clause
	 * about that person; a first name ending so is still a name. */
	a = analysed("H\n\n"
		     "Sen. Dana Holt spoke. Holt said she would run.\n\n"
		     "Chasing Holt, Tom Reed said he was “not worried.”\n\n"
		     "Sterling Holt, her brother, said nothing.\n");
	person(a, "Dana Holt");
	person(a, "Tom Reed");
	ck_assert_ptr_null(article_find_person(a, "Chasing Holt"));
	person(a, "Sterling Holt");
	article_free(a);

	/* A name that is a whole quotation is a nickname or label, no one;
	 * a name inside a longer quotation still names someone. */
	a = analysed(
		"H\n\n"
		"Jane Moyo spoke. Dubbed “Gucci Jane” for her shopping, "
		"Jane said little.\n\n"
		"Tom Reed called Marco Diaz “Little Marco,” and Marco said "
		"nothing. Reed called Ann “Miss Piggy” and cried: “Mr. "
		"Gorbin, tear down this wall!”\n");
	person(a, "Jane Moyo");
	person(a, "Marco Diaz");
	ck_assert_ptr_null(article_find_person(a, "Gucci Jane"));
	ck_assert_ptr_null(article_find_person(a, "Little Marco"));
	ck_assert_ptr_null(article_find_person(a, "Piggy"));
	ck_assert_ptr_nonnull(article_find_person(a, "Gorbin"));
	article_free(a);
}
END_TEST

/* A name no list knows is a person when set off by commas before the
 * verb (by a role, "his" or someone's) or followed by "one of"; an adverb
 * in -ly before a first name is no part of the name.  Party tags, acronyms
 * and bodies set off so are no one. */
START_TEST(set_off_names)
{
	struct article *a = analysed(
		"H\n\n"
		"Donald Pike spoke first. "
		"One of the report's authors, Ari Fleischman, said it "
		"failed. Tal Schnur, one of its critics, agreed.\n\n"
		"Certainly Donald Pike said nothing new.\n\n"
		"Rep. Jason Chafe, R-Utah, said no. The party's youth wing, "
		"Junge SVP, said yes. The Vatican's newspaper, L'Osservatore "
		"Romano, said every pope was political.\n\n"
		"Tad Devaux, Pike’s senior media adviser, said it was "
		"mischief.\n");
	person(a, "Ari Fleischman");
	person(a, "Tal Schnur");
	/* A name's possessive opens a role as "his" does. */
	const struct person *d = person(a, "Tad Devaux");
	ck_assert(has(d->titles, d->n_titles, "senior media adviser"));
	const struct person *p = person(a, "Donald Pike");
	ck_assert(!has(p->aliases, p->n_aliases, "Certainly Donald Pike"));
	ck_assert_ptr_null(article_find_person(a, "R-Utah"));
	ck_assert_ptr_null(article_find_person(a, "Junge SVP"));
	ck_assert_ptr_null(article_find_person(a, "L'Osservatore Romano"));
	article_free(a);
}
END_TEST

/* A people's plural beside a verb is a body, not a person. */
START_TEST(peoples_are_not_people)
{
	struct article *a = analysed(
		"H\n\n"
		"Gov. Carl Pike spoke on Monday.\n\n"
		"The plan would admit 9,000 Syrians, said Pike, who later said "
		"Iraqis had waited too.\n\n"
		"In Utah, Mormons said they were torn, as Baptists said in "
		"Texas.\n");
	ck_assert_ptr_null(article_find_person(a, "Syrians"));
	ck_assert_ptr_null(article_find_person(a, "Iraqis"));
	/* Nor a faith's members. */
	ck_assert_ptr_null(article_find_person(a, "Mormons"));
	ck_assert_ptr_null(article_find_person(a, "Baptists"));
	article_free(a);
}
END_TEST

/* A first name that is a place's word, with an appositive after or
 * signing a quotation; and a role's word as a surname after an honorific
 * ("Mr. King"), but not a role one is addressed by ("Mr. President"). */
START_TEST(place_word_first_name)
{
	struct article *a = analysed(
		"H\n\n"
		"It was, in what Bay Ferrin, national treasurer for the rival "
		"campaign, called “a brawl,” a long week.\n\n"
		"“We lost,” Ferrin said.\n\n"
		"“The most unqualified man to run.” ― Francisco Herrera\n\n"
		"Mr. King and Mr. President met. “It is about enthusiasm,” "
		"Mr. King added.\n");
	person(a, "Bay Ferrin");
	ck_assert_ptr_null(article_find_person(a, "Ferrin"));
	person(a, "Francisco Herrera");
	person(a, "King");
	ck_assert_ptr_null(article_find_person(a, "President"));
	ck_assert_str_eq(a->quotes[2].speaker, "Francisco Herrera");
	ck_assert_str_eq(a->quotes[3].speaker, "King");
	article_free(a);
}
END_TEST

/* A place's word that opens a name right after a role word: "President
 * Park Min-seo", "strategist Bay Orland"; but "billionaire Dallas Rovers
 * owner" names a body. */
START_TEST(place_word_after_role)
{
	struct article *a = analysed(
		"H\n\n"
		"Acting President Park Min-seo met the envoy.\n\n"
		"Republican strategist Bay Orland said the race was over.\n\n"
		"The billionaire Dallas Rovers owner spoke last.\n");
	person(a, "Park Min-seo");
	person(a, "Bay Orland");
	ck_assert_ptr_null(article_find_person(a, "Dallas Rovers"));
	ck_assert_ptr_null(article_find_person(a, "Rovers"));
	article_free(a);
}
END_TEST

/* Common first names make "FIRST Green" a person though "Green" is a
 * party word. */
START_TEST(common_first_names)
{
	struct article *a =
		analysed("H\n\n"
			 "It was hard to prove, said Wendell Green, a security "
			 "official.\n\n"
			 "“We tried,” Sylvia Green said.\n\n"
			 "Gov. Earl Ray Tomlin said it was new.\n\n"
			 "Ana Ruiz, Kwame Mensah and Rahul Varma said it "
			 "was old. Marty Walz disagreed. “It is new,” she "
			 "said.\n\n"
			 "Carole King sang. Rachel Berg came with her husband, "
			 "Milton Berg. She called it “special.”\n\n"
			 "Declan Foley, Niamh Brady, Rhys Owain, Tiago Sousa "
			 "and Piotr Nowak stayed.\n\n"
			 "Campaigner Dev Patel, 34, left. Substitute Jamie "
			 "Fenwick scored.\n\n"
			 "Harrison Dunmore kicked a late field goal, and Gwen "
			 "Ashby sang the anthem. Peyton Tull watched.\n");
	person(a, "Wendell Green");
	person(a, "Sylvia Green");
	/* A first name that is a peer's title too. */
	person(a, "Earl Ray Tomlin");
	/* First names of news beyond English ones; "Marty" may be a
	 * woman's. */
	person(a, "Ana Ruiz");
	person(a, "Kwame Mensah");
	person(a, "Rahul Varma");
	ck_assert_uint_eq(a->n_quotes, 3);
	ck_assert_str_eq(a->quotes[1].text, "It is new,");
	ck_assert_str_eq(a->quotes[1].speaker, "Marty Walz");
	/* A first name the lists now hold makes a name of a surname that
	 * is a role's word, and tells whom "she" stands for. */
	person(a, "Carole King");
	ck_assert_str_eq(a->quotes[2].speaker, "Rachel Berg");
	/* Irish, Welsh, Portuguese and Polish given names. */
	person(a, "Declan Foley");
	person(a, "Niamh Brady");
	person(a, "Rhys Owain");
	person(a, "Tiago Sousa");
	person(a, "Piotr Nowak");
	/* A role's word that opens the sentence is a title, not a name's
	 * first word. */
	const struct person *p = person(a, "Dev Patel");
	ck_assert_str_eq(p->titles[0], "Campaigner");
	p = person(a, "Jamie Fenwick");
	ck_assert_str_eq(p->titles[0], "Substitute");
	/* Given names of recent decades, with no verb of speech beside. */
	person(a, "Harrison Dunmore");
	person(a, "Gwen Ashby");
	person(a, "Peyton Tull");
	article_free(a);
}
END_TEST

/* A role set off by commas beside a name is one of that person's titles,
 * read as the text spells it; "the deputy mayor" later is that person.
 * A role's body before it belongs to the title. */
START_TEST(roles_beside_names)
{
	struct article *a = analysed(
		"H\n\n"
		"The city's deputy mayor, Anna Kowal, opened the plant. "
		"Tom Roe, president of Local 9 of the Dock Workers’ Union, "
		"was there.\n\n"
		"Ruth Imber, the company's chief operating officer, said "
		"jobs were safe. Lee Dunn, who runs a bakery, was not so "
		"sure.\n\n"
		"“It is a good day,” the deputy mayor said. Westbrook "
		"University historian Ada Stone and Council leader Ivo "
		"Marsh agreed.\n\n"
		"Board Chair Ida Holm said the vote would wait. Fellow "
		"pianist Herbie Ross called her “a giant”.\n\n"
		"Judge Richard Mansell QC jailed him, and Mansell said so. "
		"Det Insp Sarah Collins said she was pleased. Cllr Priya "
		"Shah did not. Chief of Staff Dan Kerr left.\n\n"
		"Work and Pensions Secretary Liz Kendall met him, as did "
		"science teacher Omar Haddad.\n\n"
		"“No,” said Maria Lopez, a 42-year-old nurse who lives "
		"nearby. Darnell Brooks, 67, a retired engineer, agreed.\n\n"
		"Her chief of staff, Ben Ortiz, disagreed. The study's "
		"co-author, Lijing Cheng, spoke. Prof. Peter Thorne, a "
		"climate scientist, agreed, as did local GP Dr Helen "
		"Mwangi.\n\n"
		"Conservative MP for the area, Luke Hartley, welcomed it. "
		"The staff of his successor, Rosa Quint, did not.\n\n"
		"In Brussels, NATO Secretary-General Mark Rutte said yes.\n\n"
		"New York Attorney General Letitia Jameson sued, and former "
		"Florida Gov. Jed Bushell agreed.\n\n"
		"Jorge Ramírez, 41, a former bus driver from San Pedro Sula, "
		"waited. Ann Voss, a student from Fresno and a Republican, "
		"left.\n");
	const struct person *p = person(a, "Anna Kowal");
	ck_assert(has(p->titles, p->n_titles, "deputy mayor"));
	p = person(a, "Tom Roe");
	ck_assert(has(p->titles, p->n_titles,
		      "president of Local 9 of the Dock Workers’ Union"));
	p = person(a, "Ruth Imber");
	ck_assert(has(p->titles, p->n_titles, "chief operating officer"));
	/* "who runs a bakery" is a clause, not a title. */
	p = person(a, "Lee Dunn");
	ck_assert_uint_eq(p->n_titles, 0);
	/* The body a role is in, named whole before it. */
	p = person(a, "Ada Stone");
	ck_assert(
		has(p->titles, p->n_titles, "Westbrook University historian"));
	p = person(a, "Ivo Marsh");
	ck_assert(has(p->titles, p->n_titles, "Council leader"));
	p = person(a, "Ida Holm");
	ck_assert(has(p->titles, p->n_titles, "Board Chair"));
	/* A role noun before a name is a title, as a title word is. */
	p = person(a, "Herbie Ross");
	ck_assert(has(p->titles, p->n_titles, "Fellow pianist"));
	/* British forms: ranks without points, letters after a name. */
	p = person(a, "Sarah Collins");
	ck_assert(has(p->titles, p->n_titles, "Det Insp"));
	p = person(a, "Priya Shah");
	ck_assert(has(p->titles, p->n_titles, "Cllr"));
	/* A role set off after an age, or before a clause, without
	 * either. */
	p = person(a, "Maria Lopez");
	ck_assert(has(p->titles, p->n_titles, "nurse"));
	p = person(a, "Darnell Brooks");
	ck_assert(has(p->titles, p->n_titles, "retired engineer"));
	/* A role of two role words joined by "of", set off before. */
	p = person(a, "Ben Ortiz");
	ck_assert(has(p->titles, p->n_titles, "chief of staff"));
	p = person(a, "Lijing Cheng");
	ck_assert(has(p->titles, p->n_titles, "co-author"));
	/* "Prof." is a title as "Sen." is, beside the role set off. */
	p = person(a, "Peter Thorne");
	ck_assert(has(p->titles, p->n_titles, "Prof."));
	ck_assert(has(p->titles, p->n_titles, "climate scientist"));
	p = person(a, "Helen Mwangi");
	ck_assert(has(p->titles, p->n_titles, "GP"));
	/* A role "for" or "of" a body in lowercase words, set off before
	 * the name; not a body after "his". */
	p = person(a, "Luke Hartley");
	ck_assert(has(p->titles, p->n_titles, "Conservative MP for the area"));
	p = person(a, "Rosa Quint");
	ck_assert_uint_eq(p->n_titles, 0);
	/* A hyphened title of two role words. */
	p = person(a, "Mark Rutte");
	ck_assert(has(p->titles, p->n_titles, "NATO Secretary-General"));
	/* A place before a title is the title's. */
	p = person(a, "Letitia Jameson");
	ck_assert(has(p->titles, p->n_titles, "New York Attorney General"));
	p = person(a, "Jed Bushell");
	ck_assert(has(p->titles, p->n_titles, "former Florida Gov."));
	/* Where the holder is from, up to another role after "and". */
	p = person(a, "Jorge Ramírez");
	ck_assert(has(p->titles, p->n_titles,
		      "former bus driver from San Pedro Sula"));
	p = person(a, "Ann Voss");
	ck_assert(has(p->titles, p->n_titles, "student from Fresno"));
	p = person(a, "Dan Kerr");
	ck_assert(has(p->titles, p->n_titles, "Chief of Staff"));
	/* A portfolio of two parts; a subject's word before a role. */
	p = person(a, "Liz Kendall");
	ck_assert(has(p->titles, p->n_titles, "Work and Pensions Secretary"));
	p = person(a, "Omar Haddad");
	ck_assert(has(p->titles, p->n_titles, "science teacher"));
	p = person(a, "Richard Mansell QC");
	ck_assert(has(p->aliases, p->n_aliases, "Mansell"));
	ck_assert_ptr_null(article_find_person(a, "Mansell"));
	ck_assert_str_eq(a->quotes[0].speaker, "Anna Kowal");
	article_free(a);
}
END_TEST

/* A one-word body or a place named before a lowercase role is part of
 * the title ("Bundesbank chief", "former Ardmore governor"), but not a
 * capital that opens the sentence or follows a dash before a modifier
 * or in -ed ("Enter former …", "Celebrated singer"), nor the
 * role of someone else after "of". */
START_TEST(body_word_before_role)
{
	struct article *a = analysed(
		"H\n\n"
		"Bundesbank chief Joachim Nagel spoke first, and "
		"former Ardmore governor Tom Pell agreed.\n\n"
		"PARIS (Wire) — Enter former Valdean president Luc Morin, to "
		"the critics. Celebrated singer Ana Vidal was there with a "
		"supporter of former senator Rob Kell.\n\n"
		"Chief financial officer Derek Lin said jobs would go. A "
		"guard grabbed reporter Mia Holt, who said so. South Korean "
		"President Lee Min-ho agreed.\n");
	const struct person *p = person(a, "Joachim Nagel");
	ck_assert(has(p->titles, p->n_titles, "Bundesbank chief"));
	p = person(a, "Tom Pell");
	ck_assert(has(p->titles, p->n_titles, "former Ardmore governor"));
	p = person(a, "Luc Morin");
	ck_assert(has(p->titles, p->n_titles, "former Valdean president"));
	p = person(a, "Ana Vidal");
	ck_assert(has(p->titles, p->n_titles, "singer"));
	p = person(a, "Rob Kell");
	ck_assert(has(p->titles, p->n_titles, "former senator"));
	ck_assert_uint_eq(p->n_titles, 1);
	/* A word no list knows inside a role; not a verb's participle. */
	p = person(a, "Derek Lin");
	ck_assert(has(p->titles, p->n_titles, "Chief financial officer"));
	p = person(a, "Mia Holt");
	for (size_t k = 0; k < p->n_titles; k++)
		ck_assert_ptr_null(strstr(p->titles[k], "grabbed"));
	p = person(a, "Lee Min-ho");
	ck_assert(has(p->titles, p->n_titles, "South Korean President"));
	article_free(a);
}
END_TEST

/* A role set off before a name at a paragraph's start, with the party or
 * department it belongs to, or "of" a body; a name in a list is given no
 * title by the name before it; an acronym's plural is no one. */
START_TEST(roles_set_off_first)
{
	struct article *a = analysed(
		"H\n\n"
		"The Transport Secretary, Ewa Lind, opened the line.\n\n"
		"The Green leader, Ola Berg, was there with shadow "
		"chancellor Ian Voss.\n\n"
		"They met Angus King, Mark Judge, and Ms Lind, who told MPs "
		"and CEOs to wait. She met her Danish counterpart, Jens "
		"Holm, and the study's lead author Ivy Chen.\n\n"
		"The head of Nahdet, Rami Sallah, condemned it. Kai Brandt, "
		"the Harbour Trust spokesman, agreed.\n");
	const struct person *p = person(a, "Ewa Lind");
	ck_assert(has(p->titles, p->n_titles, "Transport Secretary"));
	p = person(a, "Ola Berg");
	ck_assert(has(p->titles, p->n_titles, "Green leader"));
	p = person(a, "Ian Voss");
	ck_assert(has(p->titles, p->n_titles, "shadow chancellor"));
	p = person(a, "Mark Judge");
	ck_assert_uint_eq(p->n_titles, 0);
	p = person(a, "Jens Holm");
	ck_assert(has(p->titles, p->n_titles, "Danish counterpart"));
	p = person(a, "Ivy Chen");
	ck_assert(has(p->titles, p->n_titles, "lead author"));
	p = person(a, "Rami Sallah");
	ck_assert(has(p->titles, p->n_titles, "head of Nahdet"));
	/* The body named before a role set off after the name. */
	p = person(a, "Kai Brandt");
	ck_assert(has(p->titles, p->n_titles, "Harbour Trust spokesman"));
	ck_assert_ptr_null(article_find_person(a, "MPs"));
	ck_assert_ptr_null(article_find_person(a, "CEOs"));
	article_free(a);
}
END_TEST

/* An Arabic article joined to a surname: the name is whole, and the
 * surname alone, with or without its article, is that person.  An
 * abstract noun alone is no one. */
START_TEST(arabic_article_names)
{
	struct article *a = analysed(
		"H\n\n"
		"President Bashar al-Assad met Omar Hassan al-Bashir. Al-Qaeda "
		"and the al-Shabaab group were not invited.\n\n"
		"“We will win,” Assad said. “No,” al-Bashir said. The Center "
		"on Poverty and Inequality said little; Inequality says it "
		"all.\n\n"
		"Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al "
		"Thani spoke.\n");
	const struct person *p = person(a, "Bashar al-Assad");
	ck_assert_uint_eq(p->mentions, 2);
	p = person(a, "Omar Hassan al-Bashir");
	ck_assert_uint_eq(p->mentions, 2);
	ck_assert(has(p->aliases, p->n_aliases, "al-Bashir"));
	/* "Al" opens a family name after a name in -man, and "Sheikh" is
	 * a title. */
	person(a, "Mohammed bin Abdulrahman Al Thani");
	ck_assert_uint_eq(a->n_people, 3);
	ck_assert_str_eq(a->quotes[0].speaker, "Bashar al-Assad");
	ck_assert_str_eq(a->quotes[1].speaker, "Omar Hassan al-Bashir");
	article_free(a);
}
END_TEST

/* A crown prince's title holds "Crown" ("Saudi Crown Prince Mohammed bin
 * Salman"), while a Crown Court stays a place no one is named for. */
START_TEST(crown_prince_title)
{
	struct article *a = analysed(
		"H\n\n"
		"Saudi Crown Prince Mohammed bin Salman hosted the talks.\n\n"
		"Craig Hollis appeared at Reading Crown Court on Monday.\n");
	const struct person *p = person(a, "Mohammed bin Salman");
	ck_assert(has(p->titles, p->n_titles, "Saudi Crown Prince"));
	person(a, "Craig Hollis");
	ck_assert_uint_eq(a->n_people, 2);
	article_free(a);
}
END_TEST

/* A nation's word for one of its people before a name is no part of it
 * ("Spaniard Pedro Martinez", "Briton Andy Murray"), though some are first
 * names too ("Scot Ross", "Finn Wolfhard"). */
START_TEST(demonym_before_name)
{
	struct article *a = analysed(
		"H\n\n"
		"Spaniard Pedro Martinez beat Luca Bardi on Sunday. Briton Andy "
		"Murray lost.\n\n"
		"Scot Ross and Finn Wolfhard watched.\n");
	person(a, "Pedro Martinez");
	person(a, "Andy Murray");
	person(a, "Luca Bardi");
	person(a, "Scot Ross");
	person(a, "Finn Wolfhard");
	ck_assert_uint_eq(a->n_people, 5);
	article_free(a);
}
END_TEST

/* A body named after its common noun and a nation or place ("Swedish
 * lender Nordbank", "US retailer Walmart") is no person, and a role's
 * possessive inside a body's name stays in it: "The Denver District
 * Attorney's Office said" is that office speaking, not "Office". */
START_TEST(bodies_by_noun_and_office)
{
	struct article *a = analysed(
		"H\n\n"
		"Swedish lender Nordbank reported a record profit, and US "
		"retailer Walmart cut prices.\n\n"
		"The Denver District Attorney's Office said in a statement that "
		"it would seek “the maximum penalty.”\n");
	ck_assert_uint_eq(a->n_people, 0);
	ck_assert_uint_eq(a->n_quotes, 1);
	ck_assert_str_eq(a->quotes[0].speaker,
			 "Denver District Attorney's Office");
	article_free(a);
}
END_TEST

/* A role set off after a name may name a party before its noun ("Ann Lee,
 * the Republican leader,", "Sir Ed Davey, the Liberal Democrat
 * leader,"), as it may a body ("the BBC reporter"), and "co-" makes a
 * role of a role ("the co-leader"). */
START_TEST(party_role_after_name)
{
	struct article *a = analysed(
		"H\n\n"
		"Sir Ed Davey, the Liberal Democrat leader, called it “a missed "
		"opportunity.”\n\n"
		"Ann Lee, the Republican leader, said it was “fine.”\n\n"
		"Geoff Garin, a Democratic pollster, disagreed.\n\n"
		"Joe Park, the co-leader of the party, said “no.”\n");
	const struct person *p = person(a, "Ed Davey");
	ck_assert(has(p->titles, p->n_titles, "Liberal Democrat leader"));
	p = person(a, "Ann Lee");
	ck_assert(has(p->titles, p->n_titles, "Republican leader"));
	p = person(a, "Geoff Garin");
	ck_assert(has(p->titles, p->n_titles, "Democratic pollster"));
	/* A role shared ("co-leader") is a role, which tells that the
	 * surname that is a place's word ("Park") is a name's. */
	p = person(a, "Joe Park");
	ck_assert(has(p->titles, p->n_titles, "co-leader of the party"));
	article_free(a);
}
END_TEST

/* A surname that opens with particles: the full name keeps them all
 * ("von der"), the surname alone with its particle, lowercase or
 * capitalised at a sentence's start, is that person, and a lowercase
 * particle before a capital opens a name of its own.  "ten Republicans"
 * is a number, no name. */
START_TEST(particle_surnames)
{
	struct article *a = analysed(
		"H\n\n"
		"Commission President Greta von der Mark spoke first. “It is a "
		"good day,” von der Mark said.\n\n"
		"Mayor Paolo de Santi agreed. “We will build it,” de Santi "
		"said. De Santi left at noon.\n\n"
		"“Not yet,” van Dort told reporters, and ten Republicans "
		"said nothing.\n\n"
		"Un reportaje de Maria Kolat y Benjamin Muell. Maria Kolat y "
		"Benjamin Muell said the law had changed, as José Ortiga y "
		"Gasset said first.\n");
	const struct person *p = person(a, "Greta von der Mark");
	ck_assert_uint_eq(p->mentions, 2);
	ck_assert(has(p->aliases, p->n_aliases, "von der Mark"));
	p = person(a, "Paolo de Santi");
	ck_assert_uint_eq(p->mentions, 3);
	person(a, "van Dort");
	/* Spanish "y" before a first name is "and", and "de" before a full
	 * name is "by". */
	person(a, "Maria Kolat");
	person(a, "Benjamin Muell");
	person(a, "José Ortiga y Gasset");
	ck_assert_uint_eq(a->n_people, 6);
	ck_assert_str_eq(a->quotes[0].speaker, "Greta von der Mark");
	ck_assert_str_eq(a->quotes[1].speaker, "Paolo de Santi");
	ck_assert_str_eq(a->quotes[2].speaker, "van Dort");
	article_free(a);
}
END_TEST

/* "Harold and June Whitlow": two people who share the surname, unless
 * the first name is someone else's ("Anna and Tim Kell" after Anna Pike
 * are Anna Pike and Tim Kell). */
START_TEST(shared_surname)
{
	struct article *a = analysed(
		"H\n\n"
		"Harold and June Whitlow met at a dance in 1952. “She was the "
		"best dancer,” Mr. Whitlow said. “He stepped on my feet,” Mrs. "
		"Whitlow said.\n\n"
		"Anna Pike chaired the meeting. Anna and Tim Kell arrived "
		"late, and Kell said sorry.\n");
	const struct person *p = person(a, "Harold Whitlow");
	ck_assert(has(p->aliases, p->n_aliases, "Mr. Whitlow"));
	person(a, "June Whitlow");
	person(a, "Tim Kell");
	ck_assert_ptr_null(article_find_person(a, "Anna Kell"));
	ck_assert_str_eq(a->quotes[0].speaker, "Harold Whitlow");
	ck_assert_str_eq(a->quotes[1].speaker, "June Whitlow");
	article_free(a);
}
END_TEST

/* A name's edges: a contraction before or after it is not part of it
 * ("I’m Ada Quinn", "Dr Bo Lind I've"), nor is full-width punctuation
 * ("Lind）表示：" in a Chinese story); a lowercase particle inside it is
 * ("Erik ten Hag"); one capitalised word after "the" is no name ("the
 * Dutchman said"). */
START_TEST(name_edges)
{
	struct article *a = analysed(
		"H\n\n"
		"Ada Quinn said hello. Her sign read: I’m Ada Quinn. Dr Bo "
		"Lind I've known for years.\n\n"
		"Mr Lind）表示：good.\n\n"
		"United manager Erik ten Hag praised the side. “We never gave "
		"up,” the Dutchman said. Rune Falk, the club captain, agreed "
		"and said so.\n\n"
		"King George VI said nothing.\n");
	const struct person *p = person(a, "Ada Quinn");
	ck_assert_uint_eq(p->mentions, 2);
	p = person(a, "Bo Lind");
	ck_assert_uint_eq(p->mentions, 2);
	/* A lowercase particle inside a name; "the Dutchman" is no name;
	 * a sports role in an appositive is a person's evidence. */
	person(a, "Erik ten Hag");
	person(a, "Rune Falk");
	ck_assert_ptr_null(article_find_person(a, "Dutchman"));
	/* A regnal number is no acronym that makes a product's name. */
	person(a, "George VI");
	ck_assert_uint_eq(a->n_people, 5);
	article_free(a);
}
END_TEST

/* A role's word as a surname past a middle name or initial, or before a
 * generation ("Martin Luther King Jr.", "Peter T. King"); not the chair a
 * donor's name makes ("the Arjay and Frances Miller Chair in Economic
 * Policy") nor a dateline in capitals. */
START_TEST(role_word_surname_after_middle)
{
	struct article *a = analysed(
		"H\n\n"
		"Martin Luther King Jr. spoke in 1963. Rep. Peter T. King "
		"agreed. Michael B. Jordan starred.\n\n"
		"William Gale, the Arjay and Frances Miller Chair in Economic "
		"Policy at Brookings, said so.\n");
	person(a, "Martin Luther King Jr.");
	person(a, "Peter T. King");
	person(a, "Michael B. Jordan");
	person(a, "William Gale");
	ck_assert_ptr_null(article_find_person(a, "Frances Miller Chair"));
	ck_assert_uint_eq(a->n_people, 4);
	article_free(a);
}
END_TEST

/* A full name "of" a body or a place is a person; the body is not, nor
 * are the words of a body named with "of" or "and"; a profession named by
 * its ending is a role. */
START_TEST(name_of_body)
{
	struct article *a = analysed(
		"H\n\n"
		"According to Tobias Reinholt of Hanseatic Securities, the "
		"fall is “a relief rally”. The Securities and Exchange "
		"Commission said the filing was late.\n\n"
		"Professor Ida Brandt, an entomologist at Lund University "
		"who was not involved, said the result was “interesting”.\n\n"
		"Staff of the Latino Partnership for Conservative Principles, "
		"who also said so, and the Movement for Black Lives agreed.\n\n"
		"Stacy Bakewell of Columbia, South Carolina says she is “all "
		"in.” The Gun Owners of America disagreed.\n");
	const struct person *p = person(a, "Tobias Reinholt");
	/* A body's name joined by "for" to a run that opens with a word
	 * no name holds ("Conservative", "Black") still ends on a name's
	 * word: no "Principles" or "Lives". */
	ck_assert_uint_eq(a->n_people, 3);
	/* A town and its state, and not a body of many. */
	person(a, "Stacy Bakewell");
	p = person(a, "Ida Brandt");
	ck_assert(has(p->titles, p->n_titles, "Professor"));
	ck_assert(
		has(p->titles, p->n_titles, "entomologist at Lund University"));
	ck_assert_str_eq(a->quotes[0].speaker, "Tobias Reinholt");
	article_free(a);
}
END_TEST

/* A place's word between a title and a name starts the name: surname
 * first ("President Park Geun-hye"), or a first name ("Mayor London
 * Breed"). */
START_TEST(place_word_after_title)
{
	struct article *a = analysed(
		"H\n\n"
		"President Park Geun-hye said the talks would go on. Mayor "
		"London Breed said the city was ready.\n");
	const struct person *p = person(a, "Park Geun-hye");
	ck_assert(has(p->titles, p->n_titles, "President"));
	person(a, "London Breed");
	ck_assert_uint_eq(a->n_people, 2);
	article_free(a);
}
END_TEST

/* Peoples and movements are no one's name, nor is a party's or a tribe's
 * ("the Nahdet party", "the Rangituhi tribe"), nor a group by its acronym
 * ("Backbench MPs"), nor a lone word a number follows ("Number 10",
 * "Romans 8:31"), nor a heading's word after a capitalised occupation
 * ("Developer Tools"), nor a body a common noun names ("the union
 * Fagforbundet") or whose staff work there ("analysts at Berenberg"), and
 * a role many hold is no one's title. */
START_TEST(groups_are_not_people)
{
	struct article *a = analysed(
		"H\n\n"
		"Many Tunisians said they were afraid. Salafists said "
		"nothing. Staff met Northfield, representatives of the "
		"networks, on Monday. Dottie Deans said she would vote.\n\n"
		"Voters chose the Nahdet party. Later, leaders of Nahdet said "
		"little and Nahdet said it would go.\n\n"
		"Elders of the Rangituhi tribe met. Rangituhi believe the "
		"whales come home to die.\n\n"
		"Backbench MPs have warned the chief. Senior CEOs agreed.\n\n"
		"Vantix Technology said the chip was ready, and Orla Secure "
		"Solutions said so too.\n\n"
		"Critics accused Number 10 of spin. The card quoted Romans "
		"8:31, and Clinton's 2012 team said so.\n\n"
		"Open Developer Tools to see it, as the Student Survival "
		"guide says. Detective Ruiz agreed.\n\n"
		"Analysts at Berenberg said the cut was deep, and the union "
		"Fagforbundet called it “a betrayal”. Sam Okafor agreed, as "
		"did the network President Ivan Orlov formed.\n");
	person(a, "Dottie Deans");
	person(a, "Ruiz");
	person(a, "Sam Okafor");
	person(a, "Ivan Orlov");
	ck_assert_uint_eq(a->n_people, 4);
	article_free(a);
}
END_TEST

/* A capitalised word for what someone does, before a first name and a
 * surname, is a title, not a name's part ("Headteacher Mark Collins",
 * "Mother-of-two Sarah Jenkins"); but a name may end so too ("Trevor
 * Noah", "Ruth Baxter Grant"), and "Wherever" is no one's title. */
START_TEST(occupation_before_name)
{
	struct article *a = analysed(
		"H\n\n"
		"Headteacher Mark Collins said it was fine. Mother-of-two "
		"Sarah Jenkins disagreed.\n\n"
		"Trevor Noah said so, and Ruth Baxter Grant agreed. Wherever "
		"Anna Pike went, crowds followed.\n\n"
		"Grandmother Jean Ames, 81, said nothing. Evacuee Linda Moss "
		"slept in her car.\n");
	const struct person *p = person(a, "Mark Collins");
	ck_assert(has(p->titles, p->n_titles, "Headteacher"));
	p = person(a, "Sarah Jenkins");
	ck_assert(has(p->titles, p->n_titles, "Mother-of-two"));
	p = person(a, "Jean Ames");
	ck_assert(has(p->titles, p->n_titles, "Grandmother"));
	p = person(a, "Linda Moss");
	ck_assert(has(p->titles, p->n_titles, "Evacuee"));
	person(a, "Trevor Noah");
	person(a, "Ruth Baxter Grant");
	p = person(a, "Anna Pike");
	ck_assert_uint_eq(p->n_titles, 0);
	ck_assert_uint_eq(a->n_people, 7);
	article_free(a);
}
END_TEST

/* A place's or building's word between a first name and a surname is a
 * middle name when a verb or an appositive names a person; without one,
 * "Jack Street Fair" stays no one. */
START_TEST(place_word_middle_name)
{
	struct article *a = analysed(
		"H\n\n"
		"\"The rules were bent,\" said Susan Hall Brennick, a lawyer "
		"in the city. Brennick later said she would appeal. Visitors "
		"crowded the Jack Street Fair.\n");
	person(a, "Susan Hall Brennick");
	ck_assert_uint_eq(a->n_people, 1);
	article_free(a);
}
END_TEST

/* A participle that opens a sentence, or quoted words, without its comma
 * is no part of the name after it; a name's own first word is. */
START_TEST(opening_participle_before_name)
{
	struct article *a = analysed(
		"H\n\n"
		"Embattled Mayor Tom Reddick faced questions on Monday. "
		"Undeterred Reddick said he would stay. \"I am not going "
		"anywhere,\" he said.\n\n"
		"\"Bashing Reddick is easy,\" said Fareed Qasim, a council "
		"member. Smiling Reddick waved to the crowd. Rasheed Bello "
		"said the vote was close.\n\n"
		"Crooked Jane Moss, the treasurer, resigned. Morning Joe "
		"host Mika Lane said the race was tight.\n");
	const struct person *p = person(a, "Tom Reddick");
	ck_assert_uint_eq(p->mentions, 4);
	ck_assert(has(p->titles, p->n_titles, "Mayor"));
	ck_assert(!has(p->aliases, p->n_aliases, "Undeterred Reddick"));
	ck_assert_str_eq(a->quotes[0].speaker, "Tom Reddick");
	person(a, "Fareed Qasim");
	person(a, "Rasheed Bello");
	const struct person *moss = person(a, "Jane Moss");
	ck_assert(has(moss->titles, moss->n_titles, "treasurer"));
	person(a, "Mika Lane");
	ck_assert_ptr_null(article_find_person(a, "Joe"));
	ck_assert_uint_eq(a->n_people, 5);
	article_free(a);
}
END_TEST

/* "First" before a title is the title's; so is a noun no list knows
 * that opens the phrase before a role's noun, but not a verb before one;
 * a sport's positions are roles. */
START_TEST(first_and_noun_before_role)
{
	struct article *a = analysed(
		"H\n\n"
		"First Minister Eluned Morgan thanked the crews. The cafe owner "
		"Gareth Lewis, 47, agreed. Crowds mob striker Tom Kay "
		"everywhere.\n");
	const struct person *p = person(a, "Eluned Morgan");
	ck_assert(has(p->titles, p->n_titles, "First Minister"));
	p = person(a, "Gareth Lewis");
	ck_assert(has(p->titles, p->n_titles, "cafe owner"));
	p = person(a, "Tom Kay");
	ck_assert(has(p->titles, p->n_titles, "striker"));
	article_free(a);

	/* Positions of sports are roles. */
	a = analysed("H\n\n"
		     "Travis Kelce, the veteran receiver, caught nine passes. "
		     "Shortstop Ana Ruiz hit a double.\n");
	p = person(a, "Travis Kelce");
	ck_assert(has(p->titles, p->n_titles, "veteran receiver"));
	p = person(a, "Ana Ruiz");
	ck_assert(has(p->titles, p->n_titles, "Shortstop"));
	article_free(a);
}
END_TEST

/* A verb after a name that follows "of" is the verb of the noun before
 * "of", no evidence of a person. */
START_TEST(verb_after_of_name)
{
	struct article *a = analysed(
		"H\n\n"
		"Residents of Little Bramford have vowed to fight the plan. A "
		"friend of Joan Pettifer said the village was united.\n");
	ck_assert_ptr_null(article_find_person(a, "Little Bramford"));
	person(a, "Joan Pettifer");
	ck_assert_uint_eq(a->n_people, 1);
	article_free(a);
}
END_TEST

/* A thing named for a person is no person; the sciences' trades, and
 * an explorer's, are roles. */
START_TEST(things_named_for_people_and_sciences)
{
	struct article *a = analysed(
		"H\n\n"
		"Astronomers using the James Webb Space Telescope found water. "
		"\"It is a first,\" said Lena Marsh, an astrophysicist at "
		"the university.\n\n"
		"Migration runs under the Pacific Quota Scheme, and the Oscar "
		"Tolland Manifesto set out the lab's aims.\n\n"
		"In 1642 the explorer Abel Vasko sighted the coast.\n");
	ck_assert_ptr_null(
		article_find_person(a, "James Webb Space Telescope"));
	const struct person *p = person(a, "Lena Marsh");
	ck_assert(has(p->titles, p->n_titles,
		      "astrophysicist at the university"));
	p = person(a, "Abel Vasko");
	ck_assert(has(p->titles, p->n_titles, "explorer"));
	ck_assert_uint_eq(a->n_people, 2);
	article_free(a);
}
END_TEST

/* Seats of government speak for it; "first" and school, sports and
 * attorney-general roles are roles. */
START_TEST(seats_of_government_and_more_roles)
{
	struct article *a = analysed(
		"H\n\n"
		"Nicola Barrow, the first minister, accused Westminster of "
		"neglect.\n\n"
		"The principal, Dr. Raymond Okafor, praised the pupils, and "
		"the Leeds forward Tom Ashe scored.\n\n"
		"The suit names Principal Deputy Assistant AG Vanita "
		"Grey.\n\n"
		"Presenter Nick Rowan asked about it.\n\n"
		"Union leader Frank Ortiz, conservative radio host Hal Sykes "
		"and Supreme Court justice Thurgood Ames were there.\n\n"
		"Industry group PhRMA said no. Consulting firm Deloitte "
		"said yes.\n");
	ck_assert_ptr_null(article_find_person(a, "Westminster"));
	ck_assert_ptr_null(article_find_person(a, "PhRMA"));
	ck_assert_ptr_null(article_find_person(a, "Deloitte"));
	const struct person *p = person(a, "Nicola Barrow");
	ck_assert(has(p->titles, p->n_titles, "first minister"));
	p = person(a, "Raymond Okafor");
	ck_assert(has(p->titles, p->n_titles, "principal"));
	p = person(a, "Vanita Grey");
	ck_assert(has(p->titles, p->n_titles, "Principal Deputy Assistant AG"));
	ck_assert_ptr_null(article_find_person(a, "AG Vanita Grey"));
	p = person(a, "Nick Rowan");
	ck_assert(has(p->titles, p->n_titles, "Presenter"));
	/* A body's common noun before a role is the role's. */
	p = person(a, "Frank Ortiz");
	ck_assert(has(p->titles, p->n_titles, "Union leader"));
	p = person(a, "Hal Sykes");
	ck_assert(has(p->titles, p->n_titles, "conservative radio host"));
	p = person(a, "Thurgood Ames");
	ck_assert(has(p->titles, p->n_titles, "Supreme Court justice"));
	article_free(a);

	/* A backbencher has a role, and Rachael and Wes are given names:
	 * "Labour backbencher Rachael Marsh" is someone though her
	 * surname is a place's word. */
	a = analysed("H\n\n"
		     "Health Secretary Wes Stirling spoke first.\n\n"
		     "Labour backbencher Rachael Marsh was less optimistic. "
		     "Speaking to the BBC, she said: “Patients are dying.”\n");
	p = person(a, "Rachael Marsh");
	ck_assert(has(p->titles, p->n_titles, "Labour backbencher"));
	ck_assert_ptr_nonnull(article_find_person(a, "Wes Stirling"));
	ck_assert_uint_eq(a->n_quotes, 1);
	ck_assert_str_eq(a->quotes[0].speaker, "Rachael Marsh");
	article_free(a);

	/* A first name no list knows and a place's word for a surname:
	 * a person when a role comes before and a reporting verb after;
	 * else a place. */
	a = analysed("H\n\n"
		     "Trump adviser Kari Lake said the race was close.\n\n"
		     "Tory grandee Dominic Grieve said it was not.\n\n"
		     "Visitors to Quorra Lake said it was cold.\n");
	ck_assert_ptr_nonnull(article_find_person(a, "Kari Lake"));
	ck_assert_ptr_null(article_find_person(a, "Quorra Lake"));
	p = person(a, "Dominic Grieve");
	ck_assert(has(p->titles, p->n_titles, "Tory grandee"));
	article_free(a);
}
END_TEST

/* Given names of every generation; a place's noun that is no surname
 * ends a place's name; a fellowship is no one. */
START_TEST(more_given_names_and_place_nouns)
{
	struct article *a = analysed(
		"H\n\n"
		"Maureen Felt, Gerard Okoro and Taylor Swift spoke.\n\n"
		"The whales died on Stewart Island, in the Mackenzie Basin "
		"and on Maria Street, near "
		"the office of the Edmund Halley Fellowship.\n");
	person(a, "Maureen Felt");
	person(a, "Gerard Okoro");
	person(a, "Taylor Swift");
	ck_assert_ptr_null(article_find_person(a, "Stewart Island"));
	ck_assert_ptr_null(article_find_person(a, "Mackenzie Basin"));
	ck_assert_ptr_null(article_find_person(a, "Maria Street"));
	ck_assert_ptr_null(article_find_person(a, "Edmund Halley Fellowship"));
	ck_assert_uint_eq(a->n_people, 3);
	article_free(a);

	/* A named person's surname in the plural is their family. */
	a = analysed("H\n\n"
		     "Bill Clinton and Hillary Clinton spoke. Democrats with "
		     "ties to both Clintons warned of a trap.\n");
	ck_assert_ptr_null(article_find_person(a, "Clintons"));
	ck_assert_uint_eq(a->n_people, 2);
	article_free(a);
}
END_TEST

static Suite *people_suite(void)
{
	Suite *s = suite_create("people");
	TCase *tc = tcase_create("people");

	tcase_add_test(tc, seed_people_exactly);
	tcase_add_test(tc, alias_keeps_whole_title);
	tcase_add_test(tc, places_and_organisations_are_not_people);
	tcase_add_test(tc, employer_after_name_is_no_person);
	tcase_add_test(tc, role_word_after_who_is_a_verb);
	tcase_add_test(tc, party_and_acronym_role_after_name);
	tcase_add_test(tc, adjectives_of_peoples_are_no_one);
	tcase_add_test(tc, pet_first_name_is_same_person);
	tcase_add_test(tc, short_name_of_longer_name);
	tcase_add_test(tc, first_names_that_are_words);
	tcase_add_test(tc, role_after_place_preposition);
	tcase_add_test(tc, things_named_and_couples);
	tcase_add_test(tc, more_that_are_not_people);
	tcase_add_test(tc, titles_after_a_capital_the);
	tcase_add_test(tc, news_agencies_are_no_one);
	tcase_add_test(tc, short_form_of_shared_surname);
	tcase_add_test(tc, first_lady_is_a_title);
	tcase_add_test(tc, couple_after_sentence_opener);
	tcase_add_test(tc, role_holders_and_non_ascii_capitals);
	tcase_add_test(tc, aliases_merge);
	tcase_add_test(tc, surname_only_with_evidence);
	tcase_add_test(tc, same_surname_two_people);
	tcase_add_test(tc, surname_that_is_a_nationality);
	tcase_add_test(tc, middle_initial_in_name);
	tcase_add_test(tc, peoples_are_not_people);
	tcase_add_test(tc, place_word_first_name);
	tcase_add_test(tc, place_word_after_role);
	tcase_add_test(tc, common_first_names);
	tcase_add_test(tc, roles_beside_names);
	tcase_add_test(tc, body_word_before_role);
	tcase_add_test(tc, roles_set_off_first);
	tcase_add_test(tc, arabic_article_names);
	tcase_add_test(tc, crown_prince_title);
	tcase_add_test(tc, demonym_before_name);
	tcase_add_test(tc, bodies_by_noun_and_office);
	tcase_add_test(tc, party_role_after_name);
	tcase_add_test(tc, particle_surnames);
	tcase_add_test(tc, shared_surname);
	tcase_add_test(tc, name_edges);
	tcase_add_test(tc, role_word_surname_after_middle);
	tcase_add_test(tc, names_within_names);
	tcase_add_test(tc, set_off_names);
	tcase_add_test(tc, name_of_body);
	tcase_add_test(tc, place_word_after_title);
	tcase_add_test(tc, groups_are_not_people);
	tcase_add_test(tc, occupation_before_name);
	tcase_add_test(tc, place_word_middle_name);
	tcase_add_test(tc, opening_participle_before_name);
	tcase_add_test(tc, first_and_noun_before_role);
	tcase_add_test(tc, verb_after_of_name);
	tcase_add_test(tc, things_named_for_people_and_sciences);
	tcase_add_test(tc, seats_of_government_and_more_roles);
	tcase_add_test(tc, more_given_names_and_place_nouns);
	suite_add_tcase(s, tc);
	return s;
}

RUN_SUITE(people_suite)
