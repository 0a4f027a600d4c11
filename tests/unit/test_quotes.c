/*
 * test_quotes.c - quotations and their speakers as quotes/ shows them:
 * the seed story exactly, each quotation-mark convention, each
 * attribution rule, and hostile input that must stay linear and bounded.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/analyze.h"
#include "articlefs/limits.h"
#include "articlefs/model.h"
#include "testutil.h"

/* Parses text (headline, blank line, paragraphs) and analyses it. */
static struct article *analysed(const char *s)
{
	struct article *a = text_article(s);
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(analyze_article(a), 0);
	return a;
}

/* The quote whose text starts with prefix, or NULL. */
static const struct quote *find_quote(const struct article *a,
				      const char *prefix)
{
	for (size_t i = 0; i < a->n_quotes; i++)
		if (strncmp(a->quotes[i].text, prefix, strlen(prefix)) == 0)
			return &a->quotes[i];
	return NULL;
}

static void expect_quote(const struct article *a, const char *prefix,
			 const char *speaker)
{
	const struct quote *q = find_quote(a, prefix);
	ck_assert_msg(q != NULL, "no quote starting \"%s\"", prefix);
	if (speaker)
		ck_assert_msg(q->speaker && strcmp(q->speaker, speaker) == 0,
			      "\"%s\": speaker %s, want %s", prefix,
			      q->speaker ? q->speaker : "(none)", speaker);
	else
		ck_assert_msg(q->speaker == NULL,
			      "\"%s\": speaker %s, want none", prefix,
			      q->speaker);
}

/* A transcript: each line opens with its speaker's name in capitals. */
START_TEST(transcript_lines)
{
	struct article *a = analysed(
		"H\n\n"
		"Senator Ada Lintz spoke to a Sunday show host about the "
		"race. Part of the transcript:\n\n"
		"“HOST: Will you run again?\n\n"
		"“LINTZ: We will see. It is early.\n\n"
		"“HOST: Is that a yes?\n\n"
		"“LINTZ: It is a maybe.”\n\n"
		"UPDATE: Ms Lintz later said she “meant every word.”\n");
	/* The label names her; its words are not part of the quotation. */
	expect_quote(a, "We will see", "Ada Lintz");
	expect_quote(a, "It is a maybe", "Ada Lintz");
	/* A label that names no one in the story: no speaker, and the line
	 * does not go on in the previous line's voice. */
	expect_quote(a, "Will you run again", NULL);
	expect_quote(a, "Is that a yes", NULL);
	ck_assert_ptr_null(find_quote(a, "LINTZ"));
	ck_assert_ptr_null(find_quote(a, "HOST"));
	/* "UPDATE:" is no speaker: the line's own attribution stands. */
	expect_quote(a, "meant every word", "Ada Lintz");
	article_free(a);

	/* In a transcript (a label names someone the story names), a label
	 * that is a name is that person: "GARNER:" is Garner; "MR. LINTZ:"
	 * is Lintz; a role or a note ("MODERATOR:", "VIDEO:") is no one. */
	a = analysed("H\n\n"
		     "Senator Ada Lintz spoke to Tom Reyes. Part of the "
		     "transcript:\n\n"
		     "“GARNER: Will you run again?\n\n"
		     "“MR. LINTZ: We will see.\n\n"
		     "“MODERATOR: Time is up.\n\n"
		     "“VIDEO: A crowd cheers.\n\n"
		     "“GARNER: Thank you.”\n");
	expect_quote(a, "Will you run again", "Garner");
	expect_quote(a, "We will see.", "Ada Lintz");
	expect_quote(a, "Time is up.", NULL);
	expect_quote(a, "A crowd cheers.", NULL);
	expect_quote(a, "Thank you.", "Garner");
	const struct person *g = article_find_person(a, "Garner");
	ck_assert_ptr_nonnull(g);
	ck_assert_uint_eq(g->mentions, 2);
	ck_assert_ptr_null(article_find_person(a, "Moderator"));
	article_free(a);

	/* A short note in brackets is what happened, not what was said; a
	 * longer aside in brackets is quoted like any words. */
	a = analysed("H\n\n"
		     "Senator Ada Lintz spoke to Tom Reyes. Part of the "
		     "transcript:\n\n"
		     "“LINTZ: We will see.\n\n"
		     "“(CROSSTALK.)\n\n"
		     "“LINTZ: It is early (and I mean early).\n\n"
		     "“(I was told to say so, and I said so, twice.)”\n");
	ck_assert_ptr_null(find_quote(a, "(CROSSTALK"));
	ck_assert_ptr_null(find_quote(a, "CROSSTALK"));
	ck_assert_ptr_nonnull(find_quote(a, "(I was told"));
	expect_quote(a, "It is early", "Ada Lintz");
	article_free(a);
}
END_TEST

START_TEST(seed_quotes_exactly)
{
	size_t len;
	char *buf = fixture("tests/fixtures/seed.txt", &len), *err = NULL;
	struct article *a = parse_text(buf, len, "seed.txt", &err);
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(analyze_article(a), 0);

	static const char *const want[][2] = {
		{"security guarantees", "Volodymyr Zelensky"},
		{"We want peace very much", "Volodymyr Zelensky"},
		{"But we need real security guarantees", "Volodymyr Zelensky"},
		{"Fundamentally, the goal is", "JD Vance"},
		{"We want the killings to stop", "JD Vance"},
		{"The threat that I worry the most about", "JD Vance"},
		{"What I worry about is the threat from within", "JD Vance"},
		{"If you’re running in fear", "JD Vance"},
		{"In Washington, there is a new sheriff in town", "JD Vance"},
		{"floodgates to millions of unvetted immigrants", "JD Vance"},
		{"We want to make sure that Nato", "JD Vance"},
		{"We have to grow up in that sense and spend much more",
		 "Mark Rutte"},
	};
	size_t n = sizeof(want) / sizeof(want[0]);
	ck_assert_uint_eq(a->n_quotes, n);
	for (size_t i = 0; i < n; i++)
		expect_quote(a, want[i][0], want[i][1]);
	/* Offsets frame the words within their paragraph. */
	for (size_t i = 0; i < a->n_quotes; i++) {
		const struct quote *q = &a->quotes[i];
		const struct paragraph *p = &a->paragraphs[q->paragraph];
		ck_assert_uint_le(q->end, p->len);
		ck_assert_int_eq(
			strncmp(p->text + q->start, q->text, q->end - q->start),
			0);
	}
	const struct quote *q = find_quote(a, "security guarantees");
	ck_assert_uint_eq(q->paragraph, 0);
	ck_assert_str_eq(q->cue, "said");
	q = find_quote(a, "We want to make sure");
	ck_assert_str_eq(q->cue, "told");
	article_free(a);
	free(buf);
	free(err);
}
END_TEST

START_TEST(marks_and_apostrophes)
{
	struct article *a = analysed(
		"H\n\n"
		"\"Straight quotes work too,\" Mr Smith said.\n\n"
		"The party’s ’90s rock ’n’ roll don’t count, said Mr Smith.\n\n"
		"Mr Smith called the plan ‘a total disgrace’ on Monday.\n\n"
		"“He told me ‘never again’ and meant it,” Mr Smith said.\n");
	expect_quote(a, "Straight quotes work too,", "Smith");
	expect_quote(a, "a total disgrace", "Smith");
	expect_quote(a, "He told me ‘never again’ and meant it,", "Smith");
	ck_assert_uint_eq(a->n_quotes, 3);
	article_free(a);

	/* Quotations inside quotations of the other style, and a straight
	 * mark wrapped round a whole paragraph's curly ones. */
	a = analysed("H\n\n"
		     "\"It comes across as “too loud” or “too shrill,”\" Ms "
		     "Lee said.\n\n"
		     "“He called it \"a mess\" and left,” Mr Smith said.\n\n"
		     "\"“We will win,” Ms Lee said.\"\n");
	expect_quote(a, "It comes across as “too loud” or “too shrill,”",
		     "Lee");
	expect_quote(a, "He called it \"a mess\" and left,", "Smith");
	expect_quote(a, "We will win,", "Lee");
	ck_assert_uint_eq(a->n_quotes, 3);
	article_free(a);

	/* Straight marks only: one inside another, which opens before a
	 * word and closes after one; and a stray closing mark whose
	 * opening one the writer forgot, which must not pair with the
	 * next quotation's opening mark. */
	a = analysed("H\n\n"
		     "\"If a man walks in and says, \"I want 900 rifles,\" you "
		     "might wonder,\" Ms Lee said.\n\n"
		     "Dr Roe ran through his tests\" at length. The "
		     "\"records\" were thin, Mr Smith said.\n");
	expect_quote(a,
		     "If a man walks in and says, \"I want 900 rifles,\" you "
		     "might wonder,",
		     "Lee");
	expect_quote(a, "records", "Smith");
	ck_assert_uint_eq(a->n_quotes, 2);
	article_free(a);

	/* Single quotes as the British press uses them: a plural's
	 * possessive inside ("the fans’ game", "not the owners’,’") closes
	 * nothing, but a quoted plural before a function word does; a
	 * quotation over paragraphs, each opening with a mark; double marks
	 * inside. */
	a = analysed("H\n\n"
		     "‘It’s the fans’ game, not the owners’,’ said union boss "
		     "Gordon Hale. ‘The lads’ wages aren’t the problem.’\n\n"
		     "Hale called the owners ‘fools’ and left. Hale added: "
		     "‘I’ve spoken to the players. They’re angry.\n\n"
		     "‘They feel nobody’s listening.’\n\n"
		     "‘He said “no” to me,’ Hale said. ‘Just like that.’\n\n"
		     "Hale called it ‘rock ’n’ roll football’.\n");
	expect_quote(a, "It’s the fans’ game, not the owners’,", "Gordon Hale");
	expect_quote(a, "The lads’ wages aren’t the problem.", "Gordon Hale");
	expect_quote(a, "fools", "Gordon Hale");
	expect_quote(a, "I’ve spoken to the players. They’re angry.",
		     "Gordon Hale");
	expect_quote(a, "They feel nobody’s listening.", "Gordon Hale");
	/* Double marks nest inside single ones. */
	expect_quote(a, "He said “no” to me,", "Gordon Hale");
	expect_quote(a, "Just like that.", "Gordon Hale");
	/* "’n’" is "and", inside a word of two marks. */
	expect_quote(a, "rock ’n’ roll football", "Gordon Hale");
	ck_assert_uint_eq(a->n_quotes, 8);
	article_free(a);
}
END_TEST

START_TEST(quote_over_paragraphs)
{
	struct article *a = analysed(
		"H\n\n"
		"Senator Jane Doe spoke first. “We will not stop here.\n\n"
		"“We will keep going until the job is done,” she said.\n\n"
		"“And then we will rest.”\n");
	expect_quote(a, "We will not stop here.", "Jane Doe");
	expect_quote(a, "We will keep going", "Jane Doe");
	expect_quote(a, "And then we will rest.", "Jane Doe");
	ck_assert_uint_eq(a->n_quotes, 3);
	article_free(a);

	/* A caption or heading between two paragraphs of one voice. */
	a = analysed("H\n\n"
		     "“The sea is changing,” says Ana Rua, an elder.\n\n"
		     "The harbour seen from the farm, with mangroves\n\n"
		     "“We need to listen to it.”\n");
	expect_quote(a, "We need to listen", "Ana Rua");
	article_free(a);

	/* Named only at its end, the speaker says all its paragraphs, the
	 * first too. */
	a = analysed("H\n\n"
		     "The mayor gave a long answer.\n\n"
		     "“We looked at every line.\n\n"
		     "“But schools stay.\n\n"
		     "“We owe it to the children,” Mayor Ana Ruiz said.\n");
	expect_quote(a, "We looked at every line.", "Ana Ruiz");
	expect_quote(a, "But schools stay.", "Ana Ruiz");
	article_free(a);
}
END_TEST

START_TEST(split_and_inverted)
{
	struct article *a = analysed(
		"H\n\n"
		"Labour leader Keir Starmer met Mr Brown, a former minister.\n\n"
		"“We disagree,” said Mr Brown. “But we talk.”\n\n"
		"“Good talks,” the Labour leader said.\n\n"
		"According to Mr Starmer, “the door is open.”\n");
	expect_quote(a, "We disagree,", "Brown");
	expect_quote(a, "But we talk.", "Brown");
	expect_quote(a, "Good talks,", "Keir Starmer");
	expect_quote(a, "the door is open.", "Keir Starmer");
	article_free(a);
}
END_TEST

START_TEST(pronouns_prefer_previous_subject)
{
	struct article *a = analysed(
		"H\n\n"
		"Mr Jones met Mrs Patel on Friday.\n\n"
		"Mrs Patel said the meeting went well.\n\n"
		"“It was useful,” she said.\n\n"
		"Mr Jones disagreed with her. “It was a waste,” he said.\n");
	expect_quote(a, "It was useful,", "Patel");
	expect_quote(a, "It was a waste,", "Jones");
	article_free(a);

	/* Family speak: a first name set off after "her husband" is a
	 * person, and so is a name after "his nephew". */
	a = analysed("H\n\n"
		     "Maggie Doyle runs the ticket office.\n\n"
		     "Her husband, Callum, runs the cafe. “We did not see a "
		     "boat for days,” he said.\n\n"
		     "“He was excited,” his nephew Omar el Saleh added.\n\n"
		     "She cheered for the Lewisburg Green Dragons, her son's "
		     "school team, all season.\n");
	expect_quote(a, "We did not see a boat", "Callum");
	expect_quote(a, "He was excited", "Omar el Saleh");
	ck_assert_ptr_null(article_find_person(a, "Dragons"));
	article_free(a);

	/* A council member named by her title alone is a person, and the
	 * pronoun after her is hers. */
	a = analysed(
		"H\n\n"
		"Mayor Linda Torres said it was “a win.”\n\n"
		"Councilwoman Aisha Grant disagreed. “It is a mistake,” she "
		"told reporters.\n");
	expect_quote(a, "It is a mistake", "Aisha Grant");
	article_free(a);
}
END_TEST

START_TEST(organisation_speaks)
{
	struct article *a = analysed(
		"H\n\n"
		"The Washington Post endorsed the mayor on Sunday.\n\n"
		"“He has earned another term,” the newspaper wrote.\n\n"
		"The mine was sold by Grintley Energy last year. In a "
		"statement, Grintley said: “We acted lawfully.”\n\n"
		"Grintley Road is closed. “It floods,” a driver said.\n\n"
		"Carl Vale met Ruth Dale in Oslo.\n\n"
		"Norway accused the minister, Carl Vale, of “reckless "
		"games.” “We are ready,” Canada said. The United States warned "
		"that it was “watching closely.”\n\n"
		"Ruth Dale of Ohio said the plan was “a start.”\n");
	expect_quote(a, "He has earned another term,", "The Washington Post");
	/* The first word of a company's name, alone, is the company. */
	expect_quote(a, "We acted lawfully", "Grintley Energy");
	expect_quote(a, "It floods", NULL);
	/* A country speaks as a body, not through the person it names;
	 * a place after "of" describes the person before it. */
	expect_quote(a, "reckless games", "Norway");
	expect_quote(a, "We are ready", "Canada");
	expect_quote(a, "watching closely", "United States");
	expect_quote(a, "a start", "Ruth Dale");
	article_free(a);

	/* A body's staff speak for it, even when a pronoun reports. */
	a = analysed("H\n\n"
		     "Halden Brenner economists wrote in a note that they "
		     "expected “three cuts this year.”\n");
	expect_quote(a, "three cuts", "Halden Brenner");
	ck_assert_ptr_null(article_find_person(a, "Halden Brenner"));
	article_free(a);

	/* "they" speaks for a body as "it" does, and both for a person's
	 * body; "they" with no body about is no one we know. */
	a = analysed("H\n\n"
		     "The Security Council met late. “We will act,” they "
		     "said.\n\n"
		     "Ann Lee spoke. Her campaign is seeking to contrast her "
		     "plan with what it calls Tom Reed’s “chaos.”\n\n"
		     "Protesters marched, and they called Reed “a liar.”\n");
	expect_quote(a, "We will act,", "Security Council");
	expect_quote(a, "chaos.", "Ann Lee");
	expect_quote(a, "a liar.", NULL);
	article_free(a);
}
END_TEST

/* Attribution forms news writing uses beyond "NAME said". */
START_TEST(attribution_forms)
{
	struct article *a = analysed(
		"H\n\n"
		"Donald Trump spoke in Ohio, and Sen. Marco Rubio replied.\n\n"
		"“The trade deal failed us,” said United Auto Workers "
		"Secretary-Treasurer Gary Casteel.\n\n"
		"“He is reprising that role,” said former Pennsylvania Gov. and "
		"Democratic National Committee Chairman Ed Rendell.\n\n"
		"“We are disappointed by the decision,” the ACU said in a "
		"statement.\n\n"
		"“Noise has caused trouble,” MWW said on Monday.\n\n"
		"“Will he finally say it?” the presumptive nominee, Donald Trump, "
		"tweeted Sunday.\n\n"
		"“I hope you find the emails.” Trump said.\n\n"
		"“I have been warning about this,” the Florida senator and "
		"presidential candidate said in a statement.\n\n"
		"“No.” Trump said he would go anyway.\n\n"
		"“Positions will soften,” Hunter’s chief of staff, Joe Kasper, "
		"told POLITICO.\n\n"
		"“There is a sense of urgency,” Steven Law said.\n\n"
		"“Turnout makes a difference,” said Charlie King, a New York "
		"Democrat.\n\n"
		"Rep. Steve Israel met Democrats.\n\n"
		"“They will recruit interns,” Israel said.\n\n"
		"Clinton’s campaign chairman, John Podesta, said in a "
		"statement: “Tonight was dark.”\n\n"
		"Bernie Sanders met Hillary Clinton.\n\n"
		"Sanders blamed Clinton for “a closed primary.”\n\n"
		"Alixandria Lapp, executive director of the House Majority "
		"PAC, said Republicans “are going to be dragged down.”\n\n"
		"Guns are “a public health crisis” and “stunt growth,” Howard "
		"Dean, the former governor of Vermont, proclaimed.\n\n"
		"“This is fantastic!” beamed Donald Hartley of Madison.\n\n"
		"“The veto will be overridden,” Senate Majority Leader Mitch "
		"McConnell, R-Ky., said Tuesday.\n\n"
		"“It was the least bad outcome,” Mr. Morgan of the Sierra Club "
		"said.\n\n"
		"“Trump scares me.” ― Krystal Correa “He cannot answer a "
		"question.” — Beck Pimentel\n");
	expect_quote(a, "The trade deal", "Gary Casteel");
	expect_quote(a, "He is reprising", "Ed Rendell");
	expect_quote(a, "We are disappointed", "ACU");
	expect_quote(a, "Noise has caused", "MWW");
	expect_quote(a, "Will he finally", "Donald Trump");
	expect_quote(a, "I hope you find", "Donald Trump");
	expect_quote(a, "I have been warning", "Marco Rubio");
	/* The speaker, not the outlet he told. */
	expect_quote(a, "Positions will soften", "Joe Kasper");
	/* A surname that is also a common word, beside the verb. */
	expect_quote(a, "There is a sense", "Steven Law");
	expect_quote(a, "Turnout makes", "Charlie King");
	/* A surname that is also a country's name. */
	expect_quote(a, "They will recruit", "Steve Israel");
	expect_quote(a, "Tonight was dark.", "John Podesta");
	/* The sentence's subject, not its object. */
	expect_quote(a, "a closed primary.", "Bernie Sanders");
	/* A person known by her role alone: "NAME, director of X". */
	expect_quote(a, "are going to be", "Alixandria Lapp");
	/* Two partial quotes, one attribution after both. */
	expect_quote(a, "a public health crisis", "Howard Dean");
	expect_quote(a, "stunt growth,", "Howard Dean");
	expect_quote(a, "This is fantastic!", "Donald Hartley");
	/* A party tag between commas; a body the speaker is of. */
	expect_quote(a, "The veto will be", "Mitch McConnell");
	expect_quote(a, "It was the least", "Morgan");
	/* Quotations signed after a dash, as readers' words and tweets. */
	expect_quote(a, "Trump scares me.", "Krystal Correa");
	expect_quote(a, "He cannot answer", "Beck Pimentel");
	/* A new sentence about Trump, not an attribution of “No.” */
	expect_quote(a, "No.", NULL);
	article_free(a);
}
END_TEST

/* More attribution forms of news writing, each with its own story. */
START_TEST(attribution_forms_more)
{
	struct article *a = analysed(
		"H\n\n"
		"Nadia Ferrell opened the new bridge on Monday.\n\n"
		"“We checked every bolt,” said Ferrell’s chief of staff, Owen "
		"Marsh, who oversaw the work.\n\n"
		"“The numbers do not add up,” said the agency’s director, Paula "
		"Grint, on Monday.\n\n"
		"“We will fight on,” an angry Ferrell replied.\n\n"
		"Omar Saleh is a cousin. “He had big plans,” his friend Omar "
		"Saleh told reporters.\n\n"
		"“Vote for Ferrell,” the printed Ferrell campaign card said.\n\n"
		"Jack Cuban, the billionaire investor, spoke on Sunday. “It is "
		"too early,” Cuban said. “Ask me later,” said Cuban.\n\n"
		"“We lost,” said Will English. “We lost badly,” English said.\n\n"
		"Will Republican voters turn out? “Maybe,” a voter said.\n\n"
		"Dr. Ada Lintz called for a review. Dr. Lintz stated:\n\n"
		"“The board is wrong” about the “safety rules” and more.\n\n"
		"“Three gifts in a day is a red flag,” said election lawyer "
		"Tom Verity.\n\n"
		"“We will not print it,” Evening Star opinion editor Rosa "
		"Quill told a rival paper.\n\n"
		"Mr Pike spoke first. “The count is wrong,” election law expert "
		"Lena Ortiz tweeted Monday.\n\n"
		"“Act before the vote,” said Dana Day, a former aide.\n\n"
		"Ann Lee and Carl Pike spoke at the bank.\n\n"
		"“The risk,” said Ann Lee, an economist at the bank, “is that "
		"rates rise.”\n\n"
		"Pike doubts “the forecast,” Lee said, adding that the bank is "
		"“far too calm.”\n\n"
		"“It is misleading,” Lee wrote after Pike argued that “the deal "
		"saved jobs.”\n\n"
		"“We are ready,” Zorvan Hart, the committeeman from Ohio, told "
		"Pike.\n\n"
		"Mr Pike left before the vote, Mrs Lee said, adding, “He was "
		"never keen.”\n\n"
		"“He should lead the bank,” Pike said. Instead, “he just "
		"waits.”\n\n"
		"Pike will lose the vote, Ann Lee said. “He has no friends on "
		"the board.”\n\n"
		"Lee’s deputy director, Susan Vance, wrote to donors, adding in "
		"an email: “We need your help.”\n\n"
		"Ms Lee was joined on stage by Sen. Carl Pike and joked, "
		"“Nobody asked me to sing.”\n\n"
		"Mr Pike said that Ms Lee begged him for help and “would have "
		"paid anything.”\n\n"
		"It was clear that Lee during a Sunday visit praised the "
		"staff for “their hard work.”\n\n"
		"Mr Pike scolded Ms Lee on trade and called her "
		"“naive.”\n\n"
		"Ms Lee said that once the Senate warned them, “we will "
		"have the votes.”\n\n"
		"Preceded at the lectern by Carl Pike, the county sheriff and "
		"a longtime ally, Lee launched into a lament for the "
		"“forgotten towns.”\n\n"
		"After the Supreme court failed to reach a majority decision on "
		"the plan to delay the new tariffs for millions of small farms "
		"in the state, Lee said the deadlock has “kept us safe” before "
		"claiming that open borders are “a danger.”\n\n"
		"Mr Pike was asked by host Susan Vance, who backs him, “Will "
		"you run again?”\n\n"
		"Members were irritated by the plan, with Ann Lee calling it "
		"“a wish list.”\n\n"
		"Mr Pike wrote to Ms Lee, telling her, “You are a star!” She "
		"replied to him that it was an honour.\n\n"
		"After Mr Pike suggested a lawsuit over the deal, Ms Lee fired "
		"back forcefully: “They would lose in any court.”\n\n"
		"“The old bridge shook,” Carl Pike remembered.\n");
	/* A role set off by commas, then the name of who holds it. */
	expect_quote(a, "We checked every bolt", "Owen Marsh");
	/* Reporting verbs beyond "said": "remembered", "reacted". */
	expect_quote(a, "The old bridge shook", "Carl Pike");
	expect_quote(a, "The numbers do not", "Paula Grint");
	/* A person with a word or two of description before the name. */
	expect_quote(a, "We will fight on", "Nadia Ferrell");
	expect_quote(a, "He had big plans", "Omar Saleh");
	/* ...but not a thing named after the person. */
	expect_quote(a, "Vote for Ferrell", NULL);
	/* A surname that is also a nationality: the one person so named. */
	expect_quote(a, "It is too early", "Jack Cuban");
	expect_quote(a, "Ask me later", "Jack Cuban");
	expect_quote(a, "We lost,", "Will English");
	expect_quote(a, "We lost badly", "Will English");
	expect_quote(a, "Maybe,", NULL);
	/* A paragraph ending in a colon introduces the quotation that opens
	 * the next one, though narrative follows it there. */
	expect_quote(a, "The board is wrong", "Ada Lintz");
	/* A role qualified by a word that is no name: "election lawyer". */
	expect_quote(a, "Three gifts in a day", "Tom Verity");
	expect_quote(a, "We will not print it", "Rosa Quill");
	expect_quote(a, "The count is wrong", "Lena Ortiz");
	/* A surname that is also a thing's word, after the verb. */
	expect_quote(a, "Act before the vote", "Dana Day");
	/* A quotation split by its attribution, or continued after a
	 * participle; a new verb starts a new attribution. */
	expect_quote(a, "is that rates rise.", "Ann Lee");
	expect_quote(a, "far too calm.", "Ann Lee");
	expect_quote(a, "the deal saved jobs.", "Carl Pike");
	/* "told Pike": the one told is no speaker; the name before the
	 * appositive is. */
	expect_quote(a, "We are ready,", "Zorvan Hart");
	/* "X said, adding": the participle continues X's verb. */
	expect_quote(a, "He was never keen.", "Ann Lee");
	/* A sentence opened only by a connective goes on in the voice of
	 * the sentence before. */
	expect_quote(a, "he just waits.", "Carl Pike");
	/* Reported speech closed by its attribution is the speaker's; the
	 * next quotation goes on in that voice, not its subject's. */
	expect_quote(a, "He has no friends", "Ann Lee");
	/* A sentence opened by a role and its holder's name: the holder. */
	expect_quote(a, "We need your help.", "Susan Vance");
	/* "…by Sen. Pike and joked": the subject jokes, not the agent. */
	expect_quote(a, "Nobody asked me to sing.", "Ann Lee");
	/* A verb inside what another reports: the reporter's words. */
	expect_quote(a, "would have paid anything.", "Carl Pike");
	/* A phrase of time between a name and its verb. */
	expect_quote(a, "their hard work.", "Ann Lee");
	expect_quote(a, "naive.", "Carl Pike");
	/* The nearest verb's subject is no named person: the person who
	 * reports earlier in the sentence speaks. */
	expect_quote(a, "we will have the votes.", "Ann Lee");
	/* A name's appositive after an opening clause is no subject. */
	expect_quote(a, "forgotten towns.", "Ann Lee");
	/* ...also for a participle whose subject reads as a body. */
	expect_quote(a, "a danger.", "Ann Lee");
	/* A passive's agent asks the question. */
	expect_quote(a, "Will you run again?", "Susan Vance");
	/* "with NAME calling it": the name is the participle's subject. */
	expect_quote(a, "a wish list.", "Ann Lee");
	/* After "!", "She replied to him that…" is a new sentence. */
	expect_quote(a, "You are a star!", "Carl Pike");
	/* The clause a colon ends introduces the quotation. */
	expect_quote(a, "They would lose in any court.", "Ann Lee");
	article_free(a);
}
END_TEST

/* A paragraph ending in a colon: the clause the colon ends speaks. */
START_TEST(colon_clause_speaks)
{
	struct article *a = analysed(
		"H\n\n"
		"Sen. Tom Verrin and Gov. Ann Marrow met on Monday.\n\n"
		"The Daily Ledger printed the same charges in June, and Sen. "
		"Verrin responded:\n\n"
		"“This is false and everyone knows it.”\n\n"
		"When Verrin retired in 2010, Gov. Marrow released the "
		"following statement:\n\n"
		"“We will miss him dearly.”\n");
	expect_quote(a, "This is false", "Tom Verrin");
	expect_quote(a, "We will miss him", "Ann Marrow");
	article_free(a);

	/* The colon's clause may follow a dash; a network the words were
	 * said on does not speak them: the speaker before goes on. */
	a = analysed("H\n\n"
		     "Sen. Tom Verrin met the moderators.\n\n"
		     "That is, when the NBC moderators turned to snark — and "
		     "they did — Verrin called them on it:\n\n"
		     "“These questions are a disgrace.”\n\n"
		     "Later that month on NBC: “I never said that.”\n");
	expect_quote(a, "These questions", "Tom Verrin");
	expect_quote(a, "I never said", "Tom Verrin");
	article_free(a);

	/* A name alone between a dash and the colon; and a colon whose
	 * clause has a subject of its own does not go on. */
	a = analysed("H\n\n"
		     "Pollsters agree - Carl Bialik: “Keep on contacting "
		     "voters.”\n\n"
		     "One survey respondent summed it up as follows: “AI is "
		     "one tool.”\n");
	expect_quote(a, "Keep on contacting", "Carl Bialik");
	expect_quote(a, "AI is one tool", NULL);
	article_free(a);
}
END_TEST

/* Reporting verbs of pressing, surmising, chanting, screaming and
 * verdicts. */
START_TEST(more_reporting_verbs)
{
	struct article *a = analysed(
		"H\n\n"
		"Sen. Tom Verrin spoke with host Ann Marrow on Sunday.\n\n"
		"“Would it be fair to them?” Marrow pressed.\n\n"
		"“Maybe not,” Verrin demurred.\n\n"
		"Later Verrin was shown yelling, “Get out of here!”\n\n"
		"FactWatch rated 30% of Republican claims as “false” and 9% as "
		"“pants on fire.” Judge Ruth Kane ruled the ban “void.”\n");
	expect_quote(a, "Would it be fair", "Ann Marrow");
	expect_quote(a, "Maybe not", "Tom Verrin");
	expect_quote(a, "Get out of here", "Tom Verrin");
	/* Verdicts: rating, ruling, deeming, terming. */
	expect_quote(a, "false", "FactWatch");
	expect_quote(a, "pants on fire.", "FactWatch");
	expect_quote(a, "void.", "Ruth Kane");
	article_free(a);
}
END_TEST

/* A lead that names its actor by role only, and a later paragraph
 * that names them; the one a description goes on to name ("known as");
 * no one named after a description in its own sentence. */
START_TEST(lead_role_named_later)
{
	struct article *a = analysed(
		"H\n\n"
		"A federal judge on Friday blocked the law, saying it placed an "
		"“undue burden” on voters.\n\n"
		"U.S. District Judge Eleanor Marsh wrote that the state had "
		"failed to show need. “The Court cannot ignore the evidence,” "
		"Marsh wrote.\n\n"
		"“There never was an order,” said the base chief known as "
		"Bob Harlan. “I was there,” a nurse named Ana Reti said.\n\n"
		"The senator accused Tom Verrin of “contempt” for voters.\n");
	expect_quote(a, "undue burden", "Eleanor Marsh");
	expect_quote(a, "There never was", "Bob Harlan");
	expect_quote(a, "I was there", "Ana Reti");
	expect_quote(a, "contempt", NULL);
	article_free(a);

	/* Not a role no one later holds, and not past the lead. */
	a = analysed("H\n\n"
		     "Tom Verrin met voters.\n\n"
		     "Later, a federal judge called the law “unfair”.\n\n"
		     "U.S. District Judge Eleanor Marsh wrote the ruling.\n");
	expect_quote(a, "unfair", NULL);
	article_free(a);
}
END_TEST

/* A reporting verb in a relative clause that a comma closes before the
 * quotation is not the quotation's; one whose clause runs on to the
 * quotation still is, and so is a verb of naming right before it. */
START_TEST(verb_in_closed_relative_clause)
{
	struct article *a = analysed(
		"H\n\n"
		"Sen. Tom Verrin was asked by moderator Ann Marrow whether his "
		"plan, which the Tax Foundation estimates would cost $170 "
		"billion, would risk “adding another entitlement.”\n\n"
		"He won the backing of Sen. Carl Pike, who declared in the spin "
		"room, “It is time to unite.”\n");
	expect_quote(a, "adding another entitlement", "Ann Marrow");
	expect_quote(a, "It is time to unite", "Carl Pike");
	article_free(a);

	/* A verb of naming right before a quotation takes it, though a
	 * clause with a reporting verb follows; "expressed" reports. */
	a = analysed("H\n\n"
		     "Peter Santo and Judge Ann Moss met in court.\n\n"
		     "In a clip that Moss called “distasteful,” Santo "
		     "expressed a desire to “shoot them all.”\n\n"
		     "Nothing the president said “will assuage fears,” Santo "
		     "said.\n");
	expect_quote(a, "distasteful", "Ann Moss");
	expect_quote(a, "shoot them all", "Peter Santo");
	expect_quote(a, "will assuage fears", "Peter Santo");
	article_free(a);
}
END_TEST

/* A sentence whose subject points back, with no reporting word, goes on
 * with the words the sentence before reported; not a sentence with a
 * subject of its own, nor one that reports, nor a title. */
START_TEST(pointing_subject_continues_report)
{
	struct article *a = analysed(
		"H\n\n"
		"Steven Brill has argued that the law was crippled. As a "
		"result, there's still “a very powerful industry that charges "
		"whatever.”\n\n"
		"Ann Pike said the media had called the race early. Doing so "
		"“appeared to be an attempt at poisoning the election.”\n\n"
		"Tom Verrin said the paper was unfair. This prompted the paper "
		"to print a cover saying “Do not be a bum, Tom!”\n\n"
		"Carl Moss said the plan was costly. Lobbyists describe it as "
		"“a different cup of tea altogether.”\n");
	expect_quote(a, "a very powerful industry", "Steven Brill");
	expect_quote(a, "appeared to be", "Ann Pike");
	expect_quote(a, "Do not be a bum", NULL);
	expect_quote(a, "a different cup of tea", NULL);
	article_free(a);
}
END_TEST

/* When no subject speaks, the first name is taken, but not one that a
 * preposition and "the" govern, nor one that qualifies a plural of
 * people. */
START_TEST(first_name_not_object_nor_qualifier)
{
	struct article *a = analysed(
		"H\n\n"
		"Bernie Sanders and Hillary Clinton met voters.\n\n"
		"It came during a speech at the State University of New York, "
		"when Sanders protesters interrupted her speech, shouting “she "
		"wins, we lose!”\n\n"
		"Across town, “shouting from the rooftops” for the Bernie "
		"Sanders campaign, is Wayne Borders, a canvasser and “child of "
		"the '80s” who left his job.\n\n"
		"Gov. Bobby Jindal signed an order, while Mike Huckabee, the "
		"former Arkansas governor, proposed we “wake up and smell the "
		"coffee” on refugees.\n");
	expect_quote(a, "she wins, we lose", NULL);
	/* A clause after ", while": its own subject, past a description
	 * set off by commas. */
	expect_quote(a, "wake up and smell", "Mike Huckabee");
	expect_quote(a, "shouting from the rooftops", "Wayne Borders");
	article_free(a);
}
END_TEST

/* "as NAME put it": the idiom reports words, before or after them. */
START_TEST(put_it_reports)
{
	struct article *a = analysed(
		"H\n\n"
		"Campaigner Tom Abbott opposed the plan.\n\n"
		"Opponents said it was “a developer's charter,” as Tom Abbott "
		"put it.\n\n"
		"As Mayor Ruth Calloway put it: “This is a great day.”\n\n"
		"The scheme is “badly costed,” Abbott put it bluntly.\n");
	expect_quote(a, "a developer's charter", "Tom Abbott");
	expect_quote(a, "This is a great day", "Ruth Calloway");
	expect_quote(a, "badly costed", "Tom Abbott");
	article_free(a);
}
END_TEST

/* "quoted NAME as saying": the one quoted speaks, not the agency that
 * quotes; an unnamed one is no one we know. */
START_TEST(quoted_as_saying)
{
	struct article *a = analysed(
		"H\n\n"
		"Foreign Minister Sergei Lavrov met President Ana Ruiz.\n\n"
		"“There is nothing to discuss,” Interfax quoted Lavrov as "
		"saying.\n\n"
		"Talks were “dead,” the agency quoted Ruiz, who was in Ankara, "
		"as saying.\n\n"
		"“We are ready,” Interfax quoted a senior official as "
		"saying.\n\n"
		"A later report quoted the foreign minister as saying “We will "
		"not stop.”\n");
	expect_quote(a, "There is nothing", "Sergei Lavrov");
	expect_quote(a, "dead", "Ana Ruiz");
	expect_quote(a, "We are ready", NULL);
	expect_quote(a, "We will not stop", "Sergei Lavrov");
	article_free(a);
}
END_TEST

/* "Asked about Rashford's form, Dyche smiled. “…,” he said": the name in
 * the opening clause is a preposition's object; the one after the comma
 * is the subject the pronoun goes back to. */
START_TEST(opening_clause_object_is_no_subject)
{
	struct article *a = analysed(
		"H\n\n"
		"Sean Dyche and Marcus Rashford spoke after the game.\n\n"
		"Asked about Rashford's form, Dyche smiled. “He is getting "
		"there,” he said.\n");
	expect_quote(a, "He is getting there", "Sean Dyche");
	article_free(a);
}
END_TEST

/* A clause opened by "After", "When", "Though": its subject is not the
 * sentence's, unless the sentence's is a pronoun or an agentless "it"
 * that goes back to it. */
START_TEST(opening_clause_subject)
{
	struct article *a = analysed(
		"H\n\n"
		"Ann Lee and Omar Vale spoke.\n\n"
		"After Mayor Ann Lee criticized the plan, the council approved "
		"it as “a fair deal”.\n\n"
		"Vale spoke again. Though Lee began late, she called it “a "
		"triumph”.\n\n"
		"Vale spoke again. When PolitiFact examined the claim, it was "
		"labeled “Mostly True.”\n");
	expect_quote(a, "a fair deal", NULL);
	expect_quote(a, "a triumph", "Ann Lee");
	expect_quote(a, "Mostly True", "PolitiFact");
	article_free(a);
}
END_TEST

/* "NAME of the BODY told": the person speaks, not the body. */
START_TEST(person_of_a_body)
{
	struct article *a = analysed(
		"H\n\n"
		"As Archbishop Tomas Verrian of the Coastal Diocese told "
		"reporters, “We have suffered.”\n\n"
		"Bishop Karl Odden of the Diocese of Northam told the Ledger, "
		"“We lost.”\n");
	expect_quote(a, "We have suffered", "Tomas Verrian");
	expect_quote(a, "We lost", "Karl Odden");
	article_free(a);

	/* A body whose name joins its words with "for" and "and", and a
	 * person "at" a body. */
	a = analysed("H\n\n"
		     "“It is a stretch,” Jon Reeve of the Lindqvist Center "
		     "for Trade and Security Studies wrote in May.\n\n"
		     "“It will pass,” Ian Ross at the Grey Institute said.\n");
	expect_quote(a, "It is a stretch", "Jon Reeve");
	expect_quote(a, "It will pass", "Ian Ross");
	article_free(a);
}
END_TEST

/* "Like NAME, …": the name in an opening phrase is not the subject. */
START_TEST(opening_phrase_name)
{
	struct article *a = analysed(
		"H\n\n"
		"Sen. Tom Verrin and Gov. Carl Pike spoke on Monday.\n\n"
		"Like Verrin, Pike also rejected the notion that the bill "
		"would fail, arguing that there is “room for the agency” in "
		"the plan.\n\n"
		"As Verrin puts it, “The plan is dead.”\n");
	expect_quote(a, "room for the agency", "Carl Pike");
	expect_quote(a, "The plan is dead", "Tom Verrin");
	article_free(a);
}
END_TEST

/* "said NAME's relation, OTHER NAME": the one named after speaks, also
 * before the verb and with a party tag ("Pike’s niece, state Del. Ida
 * Pike (D-Va.), shouted"). */
START_TEST(relation_then_name)
{
	struct article *a = analysed(
		"H\n\n"
		"Gov. Carl Pike spoke at the rally.\n\n"
		"“It is about time,” exclaimed Pike’s introducer, actress "
		"Nora Bellweather.\n\n"
		"“This is a big year!” Pike’s niece, state Del. Ida Marsh "
		"(D-Newport News), shouted to the crowd.\n");
	expect_quote(a, "It is about time", "Nora Bellweather");
	expect_quote(a, "This is a big year!", "Ida Marsh");
	article_free(a);
}
END_TEST

/* "NAME's role says": read as "said NAME's spokesman" is. */
START_TEST(possessive_role_before_verb)
{
	struct article *a = analysed(
		"H\n\n"
		"Gov. Carl Pike spoke at the rally.\n\n"
		"Pike’s campaign manager says he is “delighted” by the "
		"ruling.\n");
	expect_quote(a, "delighted", "Carl Pike");
	article_free(a);
}
END_TEST

/* "…,” Obama’s former campaign strategist said": someone's role that does
 * not speak for them is the one given it, else the person the sentence
 * before was about; a spokesman still speaks for his principal. */
START_TEST(owners_role_after_quote)
{
	struct article *a = analysed(
		"H\n\n"
		"President Ben Okafor spoke. Dan Sela on Wednesday called on "
		"Ann Dorn to apologize.\n\n"
		"“That was outrageous,” Okafor’s former campaign strategist "
		"said in an interview.\n\n"
		"“She should apologize,” Okafor’s spokesman said.\n\n"
		"Nell Ruiz, an economist, made the case. “It is a fair deal,” "
		"Reyes’s chief economic adviser said.\n");
	expect_quote(a, "That was outrageous,", "Dan Sela");
	expect_quote(a, "She should apologize,", "Ben Okafor");
	/* The owner need not be a person the story knows. */
	expect_quote(a, "It is a fair deal,", "Nell Ruiz");
	article_free(a);
}
END_TEST

/* An adverb of manner no list knows may stand between the subject and the
 * verb: "Morial forcefully told …", "“…,” Lee calmly replied"; and the
 * verb may end a sentence whose space was lost. */
START_TEST(adverb_before_verb)
{
	struct article *a = analysed(
		"H\n\n"
		"Marc Oriol, the head of the Urban League, forcefully told a "
		"woman who suggested that people may stay home that “this is "
		"not the first generation to be frustrated.”\n\n"
		"“We are ready,” Ann Lee calmly replied.\n");
	expect_quote(a, "this is not the first generation", "Marc Oriol");
	expect_quote(a, "We are ready,", "Ann Lee");
	article_free(a);

	/* A sentence's end whose space was lost ("said.Trump") still ends
	 * the attribution. */
	a = analysed("H\n\n"
		     "John Kasich spoke first. Donald Trump spoke next.\n\n"
		     "“China has control,” Trump said.Trump claimed he learned "
		     "this.\n");
	expect_quote(a, "China has control,", "Donald Trump");
	article_free(a);
}
END_TEST

/* Before anyone speaks, a paragraph that is only a quotation is the words
 * of whom the headline names before its colon; sentences in brackets are
 * an aside that leaves the subject as it was ("v." ends no sentence). */
START_TEST(headline_speaker_and_asides)
{
	struct article *a = analysed(
		"Ada Lintz: ‘We Will Not Back Down’\n\n"
		"“The comments were outrageous and dangerous.”\n\n"
		"Lintz also spoke about Whole Woman’s Health v. Hellerstedt, "
		"the case before the court. (The laws require admitting "
		"privileges. The legislation also bans abortions after 20 "
		"weeks.)\n“Roe v. Wade is the law of the land.”\n\n"
		"Planned Parenthood President Ada Lintz spoke in Texas.\n");
	expect_quote(a, "The comments were outrageous", "Ada Lintz");
	expect_quote(a, "Roe v. Wade is the law", "Ada Lintz");
	article_free(a);
}
END_TEST

/* A sentence opened only by a connective or a reporting participle
 * goes on in the previous quotation's voice. */
START_TEST(connective_goes_on)
{
	struct article *a = analysed(
		"H\n\n"
		"Sen. Tom Verrin and Gov. Carl Pike met on Monday.\n\n"
		"Verrin called the bill “a mess” on Monday. Specifically, "
		"“the votes are gone.”\n\n"
		"Later Pike said the bill “was not good.” Adding, “Nothing "
		"here will pass.”\n");
	expect_quote(a, "the votes are gone", "Tom Verrin");
	expect_quote(a, "Nothing here will pass", "Carl Pike");
	article_free(a);
}
END_TEST

/* "…,” as NAME said": the clause after "as" attributes. */
START_TEST(as_name_said)
{
	struct article *a = analysed(
		"H\n\n"
		"Sen. Tom Verrin and Gov. Carl Pike met on Monday.\n\n"
		"Still, the fact that the race “is a dead heat right now,” as "
		"Verrin said on a radio show on Monday, only raises the "
		"stakes.\n");
	expect_quote(a, "is a dead heat", "Tom Verrin");
	article_free(a);
}
END_TEST

/* After a question, "NAME then writes back, “…”" introduces the next
 * quotation; "“…?” NAME asked, “…”" still attributes both. */
START_TEST(question_then_reply)
{
	struct article *a = analysed(
		"H\n\n"
		"Ann Verrin and Carl Pike traded emails in May.\n\n"
		"Verrin responds to Pike with, “Why now? Is it late?” Pike "
		"then writes back, “You look fine.”\n\n"
		"“Why?” Pike asked, “Is it over?”\n");
	expect_quote(a, "Why now?", "Ann Verrin");
	expect_quote(a, "You look fine", "Carl Pike");
	expect_quote(a, "Why?", "Carl Pike");
	expect_quote(a, "Is it over?", "Carl Pike");
	article_free(a);
}
END_TEST

/* A surname that is also a role word ("King", "Bishop") before the verb. */
START_TEST(role_word_surname)
{
	struct article *a = analysed(
		"H\n\n"
		"“He was the greatest,” said Ann Bishop, a former player.\n\n"
		"Bishop won many titles in her career. Bishop says the boxer "
		"“talked the talk.”\n");
	expect_quote(a, "talked the talk", "Ann Bishop");
	article_free(a);
}
END_TEST

/* A participle right after a name, when the subject names no one. */
START_TEST(name_then_participle)
{
	struct article *a = analysed(
		"H\n\n"
		"Sen. Tom Verrin and Gov. Carl Pike met on Monday.\n\n"
		"What do you think of Verrin privately saying “let him go” "
		"afterwards?\n");
	expect_quote(a, "let him go", "Tom Verrin");
	article_free(a);
}
END_TEST

/* "Lee saying “…” and Pike calling it “…”": each name its participle's. */
START_TEST(and_name_participle)
{
	struct article *a = analysed(
		"H\n\n"
		"Gov. Carl Pike and Sen. Tom Verrin met for an hour.\n\n"
		"Soon after it was over, both men issued a statement, Verrin "
		"saying he was “very encouraged” and Pike calling it a “great "
		"meeting.”\n");
	expect_quote(a, "very encouraged", "Tom Verrin");
	expect_quote(a, "great meeting", "Carl Pike");
	article_free(a);
}
END_TEST

/* "with NAME doing …": the name "with" brings before a participle does
 * what follows up to the quotation, past a role before the name; across
 * a comma it does not. */
START_TEST(with_name_participle)
{
	struct article *a = analysed(
		"H\n\n"
		"Mayor Ann Lee has denied the claim, with her deputy Tom Reed "
		"taking to the radio to call the report “pure fiction.”\n\n"
		"With Reed taking over, Lee called the plan “doomed.”\n");
	expect_quote(a, "pure fiction.", "Tom Reed");
	expect_quote(a, "doomed.", "Ann Lee");
	article_free(a);
}
END_TEST

/* "will continue to be “…”" reports nothing; the one who said so speaks. */
START_TEST(aspect_verb_infinitive)
{
	struct article *a = analysed(
		"H\n\n"
		"Gov. Carl Pike and Sen. Tom Verrin met for an hour.\n\n"
		"In a statement, Pike said he is certain Verrin will continue "
		"to be “a champion for the state.”\n");
	expect_quote(a, "a champion for the state", "Carl Pike");
	article_free(a);
}
END_TEST

/* A long opening clause before the subject. */
START_TEST(long_opening_clause)
{
	struct article *a = analysed(
		"H\n\n"
		"Gov. Carl Pike and Sen. Tom Verrin sat side by side.\n\n"
		"When told Verrin was in the governor's cabinet and in the "
		"running for an even bigger job in a potential new state "
		"administration next year, Pike thought for a moment and said "
		"that in the current climate, “it is an advantage not to be "
		"famous.”\n");
	expect_quote(a, "it is an advantage", "Carl Pike");
	article_free(a);
}
END_TEST

/* A pronoun late in a long sentence: the subject is read from the
 * sentence's start, not from a window before its end. */
START_TEST(long_sentence_subject)
{
	struct article *a = analysed(
		"H\n\n"
		"Donald Tramp, the nominee, won the state on Tuesday, he "
		"said.\n\n"
		"Richard Crossley, a former aide, wrote the speech for the "
		"convention.\n\n"
		"Crossley called the election “a test of citizenship” and "
		"likened it to campaigns where voters had to “stand up and be "
		"counted.” With a vote for Tramp ruled out, Crossley said he is "
		"left with two options: vote for Sen. Hilda Clinter, whom he "
		"called “the most divisive figure in decades,” or “throw away "
		"his vote” on the odd third-party ticket of Gov. Gary Jonson "
		"and Gov. Bill Weldon.\n");
	expect_quote(a, "the most divisive figure", "Richard Crossley");
	article_free(a);
}
END_TEST

/* A sentence longer than the attribution's window: its subject is still
 * read from its start, past a dashed aside ("Gov. Chris Christie — who …
 * — made …, at one point calling him a “liar”"), not taken from a name
 * in the middle.  Nor does a place speak ("marched through Center City,
 * chanting"). */
START_TEST(subject_of_a_long_sentence)
{
	struct article *a = analysed(
		"H\n\n"
		"Hundreds of demonstrators marched through Center City on "
		"Monday, chanting “Bernie or bust.”\n\n"
		"Gov. Chris Christie — who is being vetted as a possible running "
		"mate for the nominee and has spent weeks on the road — made "
		"revitalizing Atlantic City a priority in his first term, but "
		"the effort stalled, and he has battled with the mayor over how "
		"best to stabilize the city's finances, at one point calling him "
		"a “liar” who was not “honorable.”\n");
	expect_quote(a, "Bernie or bust", NULL);
	expect_quote(a, "liar", "Chris Christie");
	expect_quote(a, "honorable", "Chris Christie");
	article_free(a);
}
END_TEST

/* When the sentence's subject names no one, a name in a relative clause
 * that ends before the quotation does not speak, nor one told, nor one
 * after it; a name in a relative clause that holds the quotation does. */
START_TEST(subject_not_in_closed_clause)
{
	struct article *a = analysed(
		"H\n\n"
		"Small groups of protesters looped the streets around the "
		"stadium - where the Northern Football League played the "
		"Vikings - while chanting, \"Hands up.\"\n\n"
		"The plan was drafted in 1994, which prompted his wife, Ann "
		"Lee, to call the teenagers “super predators.”\n\n"
		"As one employee told the Leeds Courier when asked about "
		"Tom Reed, \"He wants us scared.\"\n");
	expect_quote(a, "Hands up.", NULL);
	expect_quote(a, "super predators.", "Ann Lee");
	expect_quote(a, "He wants us scared.", NULL);
	article_free(a);
}
END_TEST

/* A relative clause that holds commas of its own, between a name and its
 * verb: the body or place inside it does not speak ("Kevin Swanson, who
 * is a pastor at the Reformation Church of Elizabeth, Colorado,
 * slammed"). */
START_TEST(relative_clause_with_commas)
{
	struct article *a = analysed(
		"H\n\n"
		"Kevin Swanson, who is a pastor at the Reformation Church of "
		"Elizabeth, Colorado, slammed the scouts for promoting “a "
		"radical agenda” on his radio show.\n\n"
		"Ann Lee, whose group sued the Port Authority of Leeds, "
		"England, last year, called the plan “a disaster.”\n");
	expect_quote(a, "a radical agenda", "Kevin Swanson");
	expect_quote(a, "a disaster", "Ann Lee");
	article_free(a);
}
END_TEST

/* A clause that opens a sentence with "Asked", "When", "While" and the
 * like: a name in it is not the sentence's subject, so "she replied"
 * after "Asked about her vote in case Mayor Ann Lee faces Tom Reed," is
 * the woman of the sentence before, not the mayor. */
START_TEST(opening_clause_not_subject)
{
	struct article *a = analysed(
		"H\n\n"
		"The actress Karen Holt backs the challenger. “I think a lot "
		"of people are sorry,” she said.\n\n"
		"Asked about her own vote in the event that Mayor Ann Lee "
		"faces Tom Reed, who has insulted women, Mexicans and Muslims "
		"in a volatile campaign, she replied: “I don't know. I'm going "
		"to see what happens.”\n");
	expect_quote(a, "I don't know", "Karen Holt");
	article_free(a);
}
END_TEST

/* After a quotation, a body's name the rules cannot read as one, a role,
 * a name and a verb: that person speaks ("Fight for $15 organizing
 * director Kendall Fells told"), but not a name past other words ("led
 * to what aide Kevin Phillips called").  "– as described by X –" after a
 * quotation makes X its source. */
START_TEST(role_name_verb_after_quote)
{
	struct article *a = analysed(
		"H\n\n"
		"“They care about two things,” Fight for $15 organizing "
		"director Kendall Fells told Fox News 6 in Milwaukee.\n\n"
		"Richard Nixon won. His use of the “Southern Strategy” led to "
		"what aide Kevin Phillips called a new era.\n\n"
		"Many believe she was “extremely careless” – as described by FBI "
		"Director James Comey – with classified information.\n");
	expect_quote(a, "They care about two things", "Kendall Fells");
	const struct quote *q = find_quote(a, "Southern Strategy");
	ck_assert_ptr_nonnull(q);
	ck_assert(!q->speaker || strcmp(q->speaker, "Kevin Phillips") != 0);
	expect_quote(a, "extremely careless", "James Comey");
	article_free(a);
}
END_TEST

/* "the Spaniard said", "the Italian said": the person the story gave that
 * nationality ("Spanish world number two Carlos Alcaraz", "Italian Jannik
 * Sinner", "Spaniard Pedro Martinez"), not the one the sentence before
 * was about when the story gave them another or none. */
START_TEST(nation_descriptions_by_nationality)
{
	struct article *a = analysed(
		"H\n\n"
		"Spanish world number two Carlos Alcaraz beat Italian Jannik "
		"Sinner 6-4, 7-6 in the final on Sunday.\n\n"
		"Sinner, who had not dropped a set all week, lost to Alcaraz "
		"in two hours. “I am very happy,” the Spaniard said.\n\n"
		"Alcaraz praised his rival. “He played unbelievable tennis,” "
		"the Italian said of the match.\n\n"
		"British number one Katie Boulter lost to Greek Maria Sakkari. "
		"“It was a tough day,” the Briton said.\n\n"
		"Spaniard Pedro Martinez beat Luca Bardi. Bardi lost. “Great,” "
		"the Spaniard said.\n");
	expect_quote(a, "I am very happy", "Carlos Alcaraz");
	expect_quote(a, "He played unbelievable tennis", "Jannik Sinner");
	expect_quote(a, "It was a tough day", "Katie Boulter");
	expect_quote(a, "Great", "Pedro Martinez");
	article_free(a);
}
END_TEST

/* A role no one was given, while the story has named one person only and
 * given that person no role, is that person's ("the singer wrote"); not
 * when it gave that person another role ("Mayor Ann Lee … the engineer
 * said") or met someone unnamed in the role ("An engineer … the engineer
 * said"). */
START_TEST(lone_person_described)
{
	struct article *a = analysed(
		"H\n\n"
		"Taylor Swift, 34, released her new album on Friday.\n\n"
		"“Thank you doesn't even begin to cover it,” the singer wrote "
		"on Instagram.\n");
	expect_quote(a, "Thank you", "Taylor Swift");
	article_free(a);
	a = analysed("H\n\n"
		     "Mayor Ann Lee opened the bridge on Monday.\n\n"
		     "“It is a great day,” the engineer said.\n");
	expect_quote(a, "It is a great day", NULL);
	article_free(a);
	a = analysed("H\n\n"
		     "Ann Lee opened the bridge on Monday. An engineer who "
		     "worked on it for six years watched.\n\n"
		     "“It is a great day,” the engineer said.\n");
	expect_quote(a, "It is a great day", NULL);
	article_free(a);
}
END_TEST

/* A role that tells its holder's sex ("her brother", "his sister", "a
 * spokeswoman") keeps a pronoun of the other sex from that person: "she"
 * after "Her brother, Sam, runs the till" is the baker. */
START_TEST(pronoun_passes_role_of_other_sex)
{
	struct article *a = analysed(
		"H\n\n"
		"Robin Morgan opened a bakery in 2019. Her brother, Sam, runs "
		"the till.\n\n"
		"“We never stop,” she said.\n\n"
		"Jean Reese restores boats. His sister, Dale, keeps the "
		"books.\n\n"
		"“Wood forgives nothing,” he said.\n\n"
		"Kim Avery spoke first. Casey Hart, a spokeswoman for the yard, "
		"spoke next.\n\n"
		"“It was a fair price,” he said.\n");
	expect_quote(a, "We never stop", "Robin Morgan");
	expect_quote(a, "Wood forgives nothing", "Jean Reese");
	expect_quote(a, "It was a fair price", "Kim Avery");
	article_free(a);
}
END_TEST

/* A surname alone that two people share is the one the story has named
 * more often so far, else the one it met first: its main character, not
 * the wife or husband named after ("Angus Munro … His wife, Morag Munro",
 * "Hillary Clinton … her husband, Bill Clinton"). */
START_TEST(shared_surname_is_most_named)
{
	struct article *a = analysed(
		"H\n\n"
		"Angus Munro kept the Skerry Point light for 31 years. His "
		"wife, Morag Munro, laughs at the memory.\n\n"
		"“A machine does not notice things,” Munro says.\n\n"
		"“He sulked for a month,” Mrs Munro says.\n");
	expect_quote(a, "A machine does not notice things", "Angus Munro");
	expect_quote(a, "He sulked for a month", "Morag Munro");
	article_free(a);
	a = analysed("H\n\n"
		     "Hillary Clinton spoke in Iowa. Clinton's aides were "
		     "upbeat.\n\n"
		     "Her husband, Bill Clinton, campaigned in Ohio.\n\n"
		     "“We will win,” Clinton said.\n");
	expect_quote(a, "We will win", "Hillary Clinton");
	article_free(a);
}
END_TEST

/* "the spokesperson said" after "A spokesperson for Kelbrook said" is
 * Kelbrook's, as that spokesperson's first words were; a spokesman the
 * story named is still himself ("Doug Andres, a spokesman for Ann Pike"). */
START_TEST(the_spokesperson_speaks_for_the_same_body)
{
	struct article *a = analysed(
		"H\n\n"
		"A spokesperson for Kelbrook said the centre would open in "
		"May.\n\n"
		"“We are proud of it,” the spokesperson said.\n\n"
		"Doug Andres, a spokesman for Ann Pike, said the plan was "
		"bad. “It fails,” the spokesman said.\n");
	expect_quote(a, "We are proud of it", "Kelbrook");
	expect_quote(a, "It fails", "Doug Andres");
	article_free(a);
}
END_TEST

/* A title in capitals that no one was given ("The Prime Minister
 * insisted"), while the story has named one person only, untitled, is
 * that person's, as "the singer wrote" is; not once it has named two
 * ("Starmer met Emmanuel Macron. The President said"). */
START_TEST(capitalised_title_of_lone_person)
{
	struct article *a = analysed(
		"H\n\n"
		"Sir Keir Starmer is facing a revolt over welfare.\n\n"
		"The Prime Minister insisted the changes were “fair and "
		"necessary”.\n\n"
		"Starmer later met Emmanuel Macron. The President said the "
		"talks were “useful”.\n");
	expect_quote(a, "fair and necessary", "Keir Starmer");
	expect_quote(a, "useful", NULL);
	article_free(a);
}
END_TEST

/* A pronoun after a sentence about someone unnamed whose role tells the
 * same sex ("the widow of firefighter Paul Hendry said …", "A woman who
 * lives near the park … said"), or whose words set off by commas do
 * ("One protester, a retired teacher who gave her name as Helen,"), or
 * that tells no sex in the same paragraph ("A neighbouring farmer"), is
 * that unnamed one, not the last woman named; a possessive ("His
 * father's death") is no such subject.  "a man shouted" is no one we
 * know. */
START_TEST(pronoun_after_unnamed_subject_of_that_sex)
{
	struct article *a = analysed(
		"H\n\n"
		"Defending, Sarah Lowe said her client was sorry.\n\n"
		"In a statement read to the court, the widow of firefighter "
		"Paul Hendry said her children asked for him every night. "
		"“I have no answer for them,” she said.\n\n"
		"Tom Reyes collected trash to pay for college.\n\n"
		"His father's sudden death drives him. His faith is "
		"important, and he said: “Work is a calling.”\n\n"
		"A woman who lives near the park, who did not want to be "
		"named, said she heard shouting. “I looked out,” she "
		"said.\n\n"
		"Tom Reyes spoke again. “They stole the country,” a man "
		"shouted.\n\n"
		"Kate Ward said officers acted fast. One protester, a retired "
		"teacher who gave her name as Helen, said she would go to "
		"prison. “I want to answer them,” she said.\n");
	expect_quote(a, "I want to answer them", NULL);
	expect_quote(a, "I have no answer for them", NULL);
	expect_quote(a, "Work is a calling", "Tom Reyes");
	expect_quote(a, "I looked out", NULL);
	expect_quote(a, "They stole the country", NULL);
	article_free(a);

	/* A role that tells no sex, in the same paragraph: "A neighbouring
	 * farmer … says …. “…,” he says" is the farmer, not the last man
	 * named. */
	a = analysed("H\n\n"
		     "Dr Samir Khan says the results are good. “It is a "
		     "start,” he says.\n\n"
		     "A neighbouring farmer, who asked not to be named, says "
		     "the payments are too small. “It is a nice idea,” he "
		     "says.\n");
	expect_quote(a, "It is a start", "Samir Khan");
	expect_quote(a, "It is a nice idea", NULL);
	article_free(a);
}
END_TEST

/* "a council spokesman", "a board spokesman": the body the story named
 * whose name ends in that noun; "a company spokeswoman", or "A spokesman"
 * alone: the body the sentence before was about, which may be set off
 * after its role ("The developer, Redfield Homes, said").  "a police
 * spokesman" with no police named is no one we know. */
START_TEST(spokesman_of_a_body_by_its_noun)
{
	struct article *a = analysed(
		"H\n\n"
		"Northfield Council approved the plan on Monday. “It is a good "
		"day,” a council spokesman said.\n\n"
		"Harlow Motors cut 500 jobs. “This was a hard decision,” a "
		"company spokeswoman said.\n\n"
		"The Northern Lighthouse Board has no plans to change the "
		"light. “Automation has made it safer,” a board spokesman "
		"says.\n\n"
		"Officers were called at 9pm. “Inquiries are continuing,” a "
		"police spokesman said.\n\n"
		"The developer, Redfield Homes, said the scheme would help. A "
		"spokesman said: “Young families need homes.”\n\n"
		"Ann Pike, a spokeswoman, said: “No comment.”\n");
	expect_quote(a, "It is a good day", "Northfield Council");
	expect_quote(a, "This was a hard decision", "Harlow Motors");
	expect_quote(a, "Automation has made it safer",
		     "Northern Lighthouse Board");
	expect_quote(a, "Inquiries are continuing", NULL);
	expect_quote(a, "Young families need homes", "Redfield Homes");
	expect_quote(a, "No comment", "Ann Pike");
	ck_assert_ptr_null(article_find_person(a, "Redfield Homes"));
	article_free(a);
}
END_TEST

/* A word inside a long name stands for it alone: "Lula" of "Luiz Inácio
 * Lula da Silva". */
START_TEST(inner_word_of_long_name)
{
	struct article *a = analysed(
		"H\n\n"
		"Brazilian President Luiz Inácio Lula da Silva opened the "
		"summit. Chinese President Xi Jinping spoke next.\n\n"
		"Lula, 79, urged rich countries to pay. “The planet cannot "
		"wait,” he said.\n");
	expect_quote(a, "The planet cannot wait", "Luiz Inácio Lula da Silva");
	ck_assert_int_eq(
		article_find_person(a, "Luiz Inácio Lula da Silva")->mentions,
		2);
	article_free(a);
}
END_TEST

/* A country speaks past a description set off after it: "China,
 * Pyongyang's only ally, said", "Even Japan, a close partner, said". */
START_TEST(place_speaks_past_appositive)
{
	struct article *a = analysed(
		"H\n\n"
		"North Korea tested a bomb on Friday.\n\n"
		"China, Pyongyang's only ally, said it was “resolutely "
		"opposed” to the test. Even Japan, a close partner of the "
		"United States, said it was “deeply concerned”.\n");
	expect_quote(a, "resolutely opposed", "China");
	expect_quote(a, "deeply concerned", "Japan");
	article_free(a);
}
END_TEST

/* A body set off after the role it holds speaks: "The port's owner,
 * Hutchison Ports, said the deal was “…”". */
START_TEST(body_set_off_after_role_speaks)
{
	struct article *a = analysed(
		"H\n\n"
		"The port's owner, Hutchison Ports, said the deal was “a fair "
		"price for all”.\n\n"
		"The builder, Redfield Homes, said the plan was “sound”.\n");
	expect_quote(a, "a fair price for all", "Hutchison Ports");
	expect_quote(a, "sound", "Redfield Homes");
	article_free(a);
}
END_TEST

/* "the airline said", "the university said": a body by its kind is the
 * body the sentence before was about; "Budget carrier Skyway", a body
 * named after its kind, is no person. */
START_TEST(body_by_its_kind_speaks)
{
	struct article *a = analysed(
		"H\n\n"
		"Skyway Airlines cancelled 400 flights on Friday. The airline "
		"said the fault was “not a cyber attack”.\n\n"
		"Budget carrier Flyrite said it would refund passengers.\n\n"
		"Dunmore University fired its coach. “He broke the rules,” the "
		"university said.\n");
	expect_quote(a, "not a cyber attack", "Skyway Airlines");
	expect_quote(a, "He broke the rules", "Dunmore University");
	ck_assert_ptr_null(article_find_person(a, "Flyrite"));
	article_free(a);
}
END_TEST

/* "The WORD reported": a body that reports, named by one word. */
START_TEST(one_word_body_reports)
{
	struct article *a = analysed(
		"H\n\n"
		"The count was slow on Monday night.\n\n"
		"“The final count was 699 to 695,” The Ferret reported. “Had "
		"Lee won, it would tie.”\n");
	expect_quote(a, "The final count", "Ferret");
	expect_quote(a, "Had Lee won", "Ferret");
	article_free(a);
}
END_TEST

/* "Asked by NAME if … “…”,": the asker's words. */
START_TEST(asked_by_name)
{
	struct article *a = analysed(
		"H\n\n"
		"Reporter Ann Moss interviewed Sen. Carl Pike on Monday.\n\n"
		"Asked by Moss if the governor “gets” the issue, Pike avoided a "
		"direct answer.\n");
	expect_quote(a, "gets", "Ann Moss");
	article_free(a);
}
END_TEST

/* A paragraph of only a quotation after one about a named person. */
START_TEST(quote_after_lead_in)
{
	struct article *a = analysed(
		"H\n\n"
		"Ann Verrin, the chairwoman, has led the group since 1990.\n\n"
		"Verrin is upbeat about the race, in part because she sees the "
		"candidate as a uniter.\n\n"
		"“We will win in November.”\n");
	expect_quote(a, "We will win", "Ann Verrin");
	article_free(a);
}
END_TEST

/* A paragraph that is only a quotation, after one that names a single
 * person without making them its subject ("But for Ana Reti … personal."),
 * is that person's words; after one naming two people, no one's. */
START_TEST(quote_after_sole_person)
{
	struct article *a = analysed(
		"H\n\n"
		"“It was a shock,” says ranger Tom Pike.\n\n"
		"But for Ana Reti and her family the deaths are personal.\n\n"
		"“It is very emotional. We need to listen.”\n\n"
		"The beach was shared by Paul Lutz and Ana Reti for years.\n\n"
		"“Nobody asked us.”\n");
	expect_quote(a, "It is very emotional", "Ana Reti");
	expect_quote(a, "Nobody asked us", NULL);
	/* "ranger" is a trade, the title of who says it. */
	const struct person *p = article_find_person(a, "Tom Pike");
	ck_assert_ptr_nonnull(p);
	ck_assert_uint_eq(p->n_titles, 1);
	ck_assert_str_eq(p->titles[0], "ranger");
	article_free(a);
}
END_TEST

/* A name in the phrase that opens a sentence ("On one Facebook page") is
 * not its subject; a report "in" a newspaper later in a sentence still is
 * the newspaper's. */
START_TEST(opening_phrase_not_subject)
{
	struct article *a = analysed(
		"H\n\n"
		"On one Facebook page an unidentified poster wrote that the "
		"photo was “rude and tacky.”\n\n"
		"His slide, with a report in The Daily Courier this week about "
		"his campaign “bleeding cash,” has begun to alarm allies.\n");
	expect_quote(a, "rude and tacky", NULL);
	expect_quote(a, "bleeding cash,", "The Daily Courier");
	article_free(a);
}
END_TEST

/* "…, said she had done nothing wrong" is reported speech whose own
 * clause follows the verb, not an attribution closing the sentence: the
 * sentence's subject said it, and "he" after is that subject. */
START_TEST(said_before_a_clause)
{
	struct article *a = analysed(
		"H\n\n"
		"State Rep. Park Cannon was arrested on Friday.\n\n"
		"Her lawyer, Gerald Griggs, said she had done nothing "
		"wrong. “She knocked on a door,” he said.\n\n"
		"Cannon was released. “It was fair,” said Ann Lutz later.\n");
	expect_quote(a, "She knocked on a door", "Gerald Griggs");
	expect_quote(a, "It was fair", "Ann Lutz");
	article_free(a);
}
END_TEST

/* "said a woman who gave her name only as Maria": an unnamed speaker the
 * clause after names after all; "a woman who lives nearby" stays no
 * one. */
START_TEST(named_after_all)
{
	struct article *a = analysed(
		"H\n\n"
		"“We have waited three weeks,” said a woman who gave her name "
		"only as Maria, holding a toddler.\n\n"
		"“Nobody comes,” said a man who lives nearby.\n\n"
		"Back at the camp, Maria said she would wait.\n");
	expect_quote(a, "We have waited three weeks", "Maria");
	expect_quote(a, "Nobody comes", NULL);
	article_free(a);
}
END_TEST

/* A word of quantity standing alone before a reporting verb ("Another
 * said", "Some wrote") is an unnamed speaker: not whoever the rest of the
 * sentence names.  Floating after its subject ("the Herald and the Post
 * each called it") it speaks for that subject. */
START_TEST(quantity_speaks_alone)
{
	struct article *a = analysed(
		"H\n\n"
		"Fans of the club were split. “Moreno is finished,” one fan "
		"wrote.\n\n"
		"Another said he hoped with his “whole heart” that Moreno "
		"stays: “He is the reason I buy a ticket.”\n\n"
		"Coach Luis Moreno did not comment. The Daily Herald and the "
		"Evening Post each called it a “rough week” for him.\n");
	expect_quote(a, "whole heart", NULL);
	expect_quote(a, "He is the reason", NULL);
	const struct quote *q = find_quote(a, "rough week");
	ck_assert_ptr_nonnull(q);
	ck_assert_ptr_nonnull(q->speaker);
	ck_assert_str_ne(q->speaker, "Luis Moreno");
	article_free(a);
}
END_TEST

/* A relative clause right after a quotation ("“some people” who feel
 * that way") is about what the quotation names: the one who "feels"
 * there is no speaker, and the sentence's own verb decides. */
START_TEST(relative_clause_after_quote)
{
	struct article *a = analysed(
		"H\n\n"
		"Mayor Ines Calder took questions on Friday.\n\n"
		"Asked whether residents still blame her, Calder acknowledged "
		"that there are “some people” who feel that way.\n\n"
		"She has proposed a “housing czar” who reports to the "
		"council.\n");
	expect_quote(a, "some people", "Ines Calder");
	expect_quote(a, "housing czar", "Ines Calder");
	article_free(a);
}
END_TEST

/* "“…,” came the reply from Whitfield": the one the reply came from
 * speaks, not the subject of the sentence before. */
START_TEST(reply_came_from)
{
	struct article *a = analysed(
		"H\n\n"
		"Councillor Dan Whitfield faces a vote on Monday.\n\n"
		"Mayor Ines Calder said on Friday that he should resign. “Not "
		"a chance,” came the reply from Whitfield.\n\n"
		"“We will see,” came the response from Calder.\n");
	expect_quote(a, "Not a chance", "Dan Whitfield");
	expect_quote(a, "We will see", "Ines Calder");
	article_free(a);
}
END_TEST

/* An agency named for what it does, with "and" inside, speaks whole
 * and is no person ("Immigration and Customs Enforcement said"). */
START_TEST(agencies_whole)
{
	struct article *a = analysed(
		"H\n\n"
		"Immigration and Customs Enforcement said it was “reviewing "
		"the case.”\n\n"
		"The Food and Drug Administration said the drug was "
		"“safe.”\n");
	expect_quote(a, "reviewing the case",
		     "Immigration and Customs "
		     "Enforcement");
	expect_quote(a, "safe.", "Food and Drug Administration");
	ck_assert_uint_eq(a->n_people, 0);
	article_free(a);
}
END_TEST

/* A surname alone that signs a quotation ("“…,” Pardo said", "“…!” Pardo
 * said") is a person though nothing else names him. */
START_TEST(lone_surname_after_quote)
{
	struct article *a = analysed(
		"H\n\n"
		"The hall was half empty by the time the vote came.\n\n"
		"“We were never asked,” Pardo said.\n\n"
		"“Nobody told us a thing!” Quillen said.\n\n"
		"“The count was fair,” Days later the board met.\n");
	expect_quote(a, "We were never", "Pardo");
	expect_quote(a, "Nobody told", "Quillen");
	ck_assert_ptr_null(article_find_person(a, "Days"));
	article_free(a);
}
END_TEST

/* A name with no other evidence, set off after a quotation by an
 * appositive that a reporting verb closes, signs the quotation. */
START_TEST(name_appositive_after_quote)
{
	struct article *a = analysed(
		"H\n\n"
		"The plant closed in March.\n\n"
		"“Nobody saw it coming,” Brannock Tulle, the union's shop "
		"steward at the plant, said on Monday.\n\n"
		"“We will reopen,” Osk Varrow, owner of the site, told "
		"reporters.\n\n"
		"“It was old,” Ferran Ludd, a local. The plant stood for "
		"years, locals said.\n");
	expect_quote(a, "Nobody saw it", "Brannock Tulle");
	expect_quote(a, "We will reopen", "Osk Varrow");
	ck_assert_ptr_null(article_find_person(a, "Ferran Ludd"));
	article_free(a);
}
END_TEST

/* A person's possessive before a noun for what was said names whose words
 * the quotation holds, when the quotation is that noun's content; not
 * when it judges them. */
START_TEST(possessive_speech_noun)
{
	struct article *a = analysed(
		"H\n\n"
		"Mayor Tilda Horn and Sen. Amos Crane met on Friday.\n\n"
		"Crane later mocked Horn's claim that the budget was "
		"“balanced at last.”\n\n"
		"From Crane's campaign post: “We will fix the roads.”\n\n"
		"Horn called Crane's remarks “deeply unfair.”\n");
	expect_quote(a, "balanced at last", "Tilda Horn");
	expect_quote(a, "We will fix", "Amos Crane");
	expect_quote(a, "deeply unfair", "Tilda Horn");
	article_free(a);

	/* A call, plea or promise "to" or "for" the quotation holds its
	 * owner's words, past a few words of time; not when a verb comes
	 * between. */
	a = analysed("H\n\n"
		     "Mayor Tilda Horn and Sen. Amos Crane met on Friday.\n\n"
		     "Crane said that Horn's call earlier in the day to "
		     "“rebuild the pier” was a weak slogan.\n\n"
		     "He mocked Horn's plea for “calm heads” too.\n\n"
		     "Crane said Horn's promise has led to “chaos” here.\n");
	expect_quote(a, "rebuild the pier", "Tilda Horn");
	expect_quote(a, "calm heads", "Tilda Horn");
	expect_quote(a, "chaos", "Amos Crane");
	article_free(a);

	/* "his" or "her" before the noun: the one the pronoun stands
	 * for. */
	a = analysed("H\n\n"
		     "Mayor Tom Reed was furious. His response: “They will "
		     "regret this.”\n\n"
		     "Sen. Ada Lintz spoke next, and her claim that she "
		     "“never saw the file” was doubted.\n\n"
		     "“I will not stop,” Sen. Amos Crane said.\n\n"
		     "As the debate went on and Reed stood by his comment "
		     "Monday that “they will pay,” refusing to back down, "
		     "Crane again tried to rebuke him.\n");
	expect_quote(a, "They will regret this.", "Tom Reed");
	expect_quote(a, "never saw the file", "Ada Lintz");
	/* Past a day's name; the one nearest before, when the sentence's
	 * subject comes after. */
	expect_quote(a, "they will pay,", "Tom Reed");
	article_free(a);

	/* A possessive right before the quotation, with a noun for words
	 * right after it: the owner's words.  Without such a noun the
	 * quotation is someone's word for the owner. */
	a = analysed("H\n\n"
		     "Mayor Tilda Horn and Sen. Amos Crane met on Friday.\n\n"
		     "Crane mocked Horn's “Roads First” campaign slogan.\n\n"
		     "It is the pull of Horn's \"you can keep it\" promise "
		     "that matters.\n\n"
		     "Crane questioned Horn's “judgment” on Friday.\n");
	expect_quote(a, "Roads First", "Tilda Horn");
	expect_quote(a, "you can keep it", "Tilda Horn");
	expect_quote(a, "judgment", "Amos Crane");
	article_free(a);
}
END_TEST

/* A description that names a place ("the Vermont senator") goes to the
 * person of that place, told by a place before the title, "of" after the
 * name or a party tag, rather than to whoever last had the title. */
START_TEST(description_with_place)
{
	struct article *a = analysed(
		"H\n\n"
		"Sen. Carl Vale (D-Vt.) and Ohio Gov. Rita Moss spoke after "
		"Sen. Ann Pike of Nevada.\n\n"
		"“The bill is dead,” the Vermont senator said.\n\n"
		"Sen. Ann Pike left early.\n\n"
		"“We start again,” the Vermont senator said.\n\n"
		"“It will pass,” the Nevada senator said.\n\n"
		"“Not this year,” the Ohio governor said.\n");
	expect_quote(a, "The bill is dead", "Carl Vale");
	expect_quote(a, "We start again", "Carl Vale");
	expect_quote(a, "It will pass", "Ann Pike");
	expect_quote(a, "Not this year", "Rita Moss");
	article_free(a);
}
END_TEST

/* A description fits a fuller title when its words are among the
 * title's in order ("the former pollster", "the Rourke spokesman"), but
 * not when a word of it is not ("the Ardmore governor" is not a former
 * Bellfield governor). */
START_TEST(description_within_title)
{
	struct article *a = analysed(
		"H\n\n"
		"Former Bill Rourke pollster Doug Shea was on air, with Rourke "
		"campaign spokesman Ivan Tull and former Bellfield governor Ray "
		"Ames.\n\n"
		"The weather was fine.\n\n"
		"“She is behind,” the former pollster said.\n\n"
		"“We are not,” the Rourke spokesman said.\n\n"
		"“Wait and see,” the Ardmore governor said.\n");
	expect_quote(a, "She is behind,", "Doug Shea");
	expect_quote(a, "We are not,", "Ivan Tull");
	expect_quote(a, "Wait and see,", NULL);
	article_free(a);

	/* A title in capitals, as British papers write it ("the
	 * Chancellor added"), describes as a lowercase one does. */
	a = analysed("H\n\n"
		     "Chancellor Rita Vance spoke first, then Home Secretary "
		     "Omar Pike.\n\n"
		     "The Chancellor added: “There was no choice.”\n\n"
		     "“We will act,” the Home Secretary said.\n");
	expect_quote(a, "There was no choice.", "Rita Vance");
	expect_quote(a, "We will act,", "Omar Pike");
	article_free(a);
}
END_TEST

/* Verbs of manner report speech too: "muttered", "laughed",
 * "confessed"; "texted" and "emailed", but not "emails", a noun. */
START_TEST(manner_verbs)
{
	struct article *a =
		analysed("H\n\n"
			 "Tom Reed left early.\n\n"
			 "“I am tired,” Reed muttered.\n\n"
			 "“Not again,” he laughed.\n\n"
			 "Ann Cole texted the team: “On my way.”\n");
	expect_quote(a, "I am tired,", "Tom Reed");
	expect_quote(a, "Not again,", "Tom Reed");
	expect_quote(a, "On my way.", "Ann Cole");
	article_free(a);
}
END_TEST

/* A negated verb reports no words: in "“That is a lie.” Hale did not
 * reply." the quotation is still Lopez's, whose colon introduced it. */
START_TEST(negated_verbs)
{
	struct article *a = analysed(
		"H\n\n"
		"Union leader Maria Lopez spoke first.\n\n"
		"Tom Hale disagreed. “They walked away,” Hale said. Lopez "
		"shot back: “That is a lie.” Hale did not reply.\n");
	expect_quote(a, "They walked away,", "Tom Hale");
	expect_quote(a, "That is a lie.", "Maria Lopez");
	article_free(a);
}
END_TEST

/* A body that reports in a clause of its own, after "and" or "but", is
 * the speaker, not the person who reported before the comma, even when
 * the story does not name it ("the city council said"); a verb that shares
 * the earlier subject ("…, and railed") does not cut the sentence, nor
 * does a body inside an aside. */
START_TEST(clause_of_its_own)
{
	struct article *a = analysed(
		"H\n\n"
		"Senate leader Tom Brandt accused Democrats of “chaos,” and "
		"the Oregon Republican Party said in a statement that "
		"Whitfield had “abandoned Oregon.”\n\n"
		"Mayor Ann Roe praised the plan, and the city council said it "
		"was “long overdue.”\n\n"
		"Tom Brandt complained about the bill, and railed that the "
		"committee had called it “a gift.”\n\n"
		"Mia Seaman, who lives in a village outside of the state "
		"capital, Sacramento, said she still “prays for a "
		"miracle.”\n");
	expect_quote(a, "chaos,", "Tom Brandt");
	expect_quote(a, "prays for a miracle.", "Mia Seaman");
	expect_quote(a, "abandoned Oregon.", "Oregon Republican Party");
	expect_quote(a, "long overdue.", NULL);
	expect_quote(a, "a gift.", "Tom Brandt");
	article_free(a);
}
END_TEST

/* "the Spaniard replied", "said the Portuguese midfielder": a person by
 * nation, unnamed, is the one the sentence before was about; a body ("the
 * Kremlin said") speaks as itself. */
START_TEST(nation_descriptions)
{
	struct article *a = analysed(
		"H\n\n"
		"City manager Pep Alvarado was less effusive. Asked about the "
		"first half, the Spaniard replied: “It was not good "
		"enough.”\n\n"
		"Rovers boss Kenny Doyle disagreed. “We deserved a point,” the "
		"Irishman said.\n\n"
		"Talks went on. “Nothing is agreed,” the Kremlin said.\n\n"
		"Captain Rui Sequeira praised the teenager. “He has a great "
		"future,” said the Portuguese midfielder.\n");
	expect_quote(a, "It was not good enough.", "Pep Alvarado");
	expect_quote(a, "We deserved a point,", "Kenny Doyle");
	/* A nation before a role no one holds, even after another title. */
	expect_quote(a, "He has a great future,", "Rui Sequeira");
	expect_quote(a, "Nothing is agreed,", "Kremlin");
	article_free(a);
}
END_TEST

/* A height's inch mark inside a quotation (6’2”, 5'11") does not close
 * it when the quotation closes later; a height at the end still does; and
 * outside a quotation (6' 3") it opens none. */
START_TEST(inch_marks_in_quotes)
{
	struct article *a = analysed(
		"H\n\n"
		"“He is a giant; he’s 6’2”,” Nora Bell said.\n\n"
		"\"She says she's 5'11\" but she is not,\" Bell added.\n\n"
		"The coach wrote that the center is “7’1”” and growing.\n\n"
		"The guard is 6' 3\" tall and weighs 200 pounds.\n");
	expect_quote(a, "He is a giant; he’s 6’2”,", "Nora Bell");
	expect_quote(a, "She says she's 5'11\" but she is not,", "Nora Bell");
	/* Outside a quotation, an inch mark opens none. */
	ck_assert_uint_eq(a->n_quotes, 3);
	article_free(a);
}
END_TEST

/* A programme's title after a network's possessive, after "on", after
 * the kind of work, after "broadcast of", "told", "interview with" or
 * "starred in", before "star", "actress" or "sequel", or joined to such a
 * title, is no quotation, and the quotations beside it keep
 * their speakers; a title-cased slogan or nickname is still one. */
START_TEST(programme_titles)
{
	struct article *a = analysed(
		"H\n\n"
		"“We will win,” Sen. Ann Pike said on CNN’s “State of the "
		"Union” on Sunday. “No doubt.”\n\n"
		"On \"Face the Nation,\" Pike said, \"It is over.\"\n\n"
		"Tom Reed, host of the reality show “The Big Deal,” and "
		"Pike spoke on MSNBC's \"Morning Joe\" and in the podcast "
		"“Off Message.”\n\n"
		"Reed mocked Pike’s “Build It Now” slogan and called her "
		"“Little Ann” on Friday.\n\n"
		"Reed later went on “Fox & Friends” to defend her, and "
		"his album “Blue Roads” sold well.\n\n"
		"Pike Pins The Blame On ‘Reckless’ Spending\n\n"
		"On this weekend’s broadcast of “Sunday Review,” Reed said "
		"the plan was “a mess.” He was the host of “Night Talk.”\n\n"
		"“It is fair game,” Pike told “Good Day Today,” and in an "
		"interview with “Late Call” she said it again.\n\n"
		"The “Dune Road” actress and “Flat Town” star Ian Cole "
		"spoke.\n\n"
		"Cole, who starred in “Harbour Lights” and “Blue Hill,” "
		"also made “The Long Game” TV show and the “Space Saga” "
		"sequel.\n");
	expect_quote(a, "We will win", "Ann Pike");
	expect_quote(a, "No doubt", "Ann Pike");
	expect_quote(a, "It is over", "Ann Pike");
	expect_quote(a, "Build It Now", "Ann Pike");
	expect_quote(a, "Little Ann", "Tom Reed");
	/* A title-cased line's "On" is no sentence's first word. */
	ck_assert_ptr_nonnull(find_quote(a, "Reckless"));
	/* A programme's noun and "of" before the title. */
	expect_quote(a, "a mess.", "Tom Reed");
	/* The programme one is told or interviewed by; the work whose
	 * actress or star someone is. */
	expect_quote(a, "It is fair game", "Ann Pike");
	ck_assert_uint_eq(a->n_quotes, 8);
	article_free(a);
}
END_TEST

/* "said Ohio delegate Wim Sorrel": a place qualifying the role between
 * the verb and an unknown name still makes the verb the name's. */
START_TEST(verb_place_role_name)
{
	struct article *a = analysed(
		"H\n\n"
		"“We were shut out,” said Ohio delegate Wim Sorrel, angered by "
		"the vote.\n");
	expect_quote(a, "We were shut out", "Wim Sorrel");
	article_free(a);
}
END_TEST

/* --no-analysis: the parse alone, nothing found. */
START_TEST(analysis_switched_off)
{
	analysis_enabled = false;
	struct article *a = analysed("H\n\n“Yes,” said Mark Rutte.\n");
	analysis_enabled = true;
	ck_assert_uint_eq(a->n_quotes, 0);
	ck_assert_uint_eq(a->n_people, 0);
	article_free(a);
	a = analysed("H\n\n“Yes,” said Mark Rutte.\n");
	expect_quote(a, "Yes,", "Mark Rutte");
	article_free(a);
}
END_TEST

START_TEST(unattributed)
{
	struct article *a = analysed(
		"H\n\n"
		"The report was long.\n\n"
		"“No one here knew what was coming,” a resident said.\n\n"
		"“We won,” said\n");
	expect_quote(a, "No one here knew", NULL);
	/* A verb that ends the paragraph names no one (and reads nothing
	 * past the paragraph's words). */
	expect_quote(a, "We won", NULL);
	article_free(a);
}
END_TEST

START_TEST(block_quote_paragraph)
{
	struct article *a = article_new("t.html", "html");
	const char *p0 = "Mr Grant, the chairman, wrote to members:";
	const char *p1 = "We will meet again in the spring.";
	article_add_paragraph(a, p0, strlen(p0), PARA_TEXT);
	article_add_paragraph(a, p1, strlen(p1), PARA_QUOTE);
	ck_assert_int_eq(analyze_article(a), 0);
	ck_assert_uint_eq(a->n_quotes, 1);
	expect_quote(a, "We will meet again", "Grant");
	ck_assert_uint_eq(a->quotes[0].paragraph, 1);
	article_free(a);

	/* A block's signature ("— Name (@handle) date", a <cite>) is no
	 * quotation, and whom it names says the block. */
	static const struct {
		const char *text;
		enum para_kind kind;
	} paras[] = {
		{"Mayor Lena Ortiz defended the plan.", PARA_TEXT},
		{"This stadium is a giveaway. Shameful.", PARA_QUOTE},
		{"— Raj Patel (@rajpatel) March 3, 2025", PARA_QUOTE},
		{"Others agreed with the mayor.", PARA_TEXT},
		{"We need the jobs.", PARA_QUOTE},
		{"And we need them now.", PARA_QUOTE},
		{"Ana Ruiz", PARA_QUOTE},
		{"Critics piled on.", PARA_TEXT},
		{"A disgrace to the city.", PARA_QUOTE},
		{"— Sam Ortiz (@samortiz)", PARA_TEXT},
	};
	a = article_new("t.html", "html");
	for (size_t i = 0; i < sizeof(paras) / sizeof(*paras); i++)
		article_add_paragraph(a, paras[i].text, strlen(paras[i].text),
				      paras[i].kind);
	ck_assert_int_eq(analyze_article(a), 0);
	ck_assert_uint_eq(a->n_quotes, 4);
	expect_quote(a, "This stadium is a giveaway.", "Raj Patel");
	expect_quote(a, "We need the jobs.", "Ana Ruiz");
	expect_quote(a, "And we need them now.", "Ana Ruiz");
	/* The signature may follow the block, as a line of its own. */
	expect_quote(a, "A disgrace to the city.", "Sam Ortiz");
	article_free(a);

	/* In running text, a dash line under a paragraph that is one
	 * quotation signs it, as fact checks and "quotable" lists write;
	 * not under a paragraph that quotes twice, nor under narrative. */
	a = analysed("H\n\n"
		     "“He can have briefings,” Reid said. “But not now.”\n\n"
		     "- Tom Ives, Denver.\n\n"
		     "“Most new income is going to the top 1 percent.”\n\n"
		     "- Senator Ruth Baylor.\n\n"
		     "The senator is relying on an outdated statistic.\n\n"
		     "— Ann Lee, a reader.\n");
	expect_quote(a, "He can have briefings,", "Reid");
	expect_quote(a, "But not now.", "Reid");
	expect_quote(a, "Most new income", "Ruth Baylor");
	ck_assert_uint_eq(a->n_quotes, 3);
	article_free(a);
}
END_TEST

/* A pull quotation that web pages set apart keeps its signing line
 * inside the marks: the line names the speaker and is no quoted word. */
START_TEST(pull_quote_signed_inside)
{
	struct article *a = analysed(
		"H\n\n"
		"Dan Alpert, a banker, said rates would rise. “It is a "
		"problem,” he said.\n\n"
		"“We will enter the next recession without a plan. Josh "
		"Bivens, Economic Policy Institute.”\n\n"
		"“Stay in until the end. Former NAACP president Ben "
		"Jealous.”\n\n"
		"“The crowd chanted for an hour. Make America Great "
		"Again.”\n");
	const struct quote *q = find_quote(a, "We will enter");
	ck_assert_ptr_nonnull(q);
	ck_assert_str_eq(q->text,
			 "We will enter the next recession without a plan.");
	ck_assert_str_eq(q->speaker, "Josh Bivens");
	expect_quote(a, "Stay in until the end.", "Ben Jealous");
	/* A slogan is no one's name: the quotation keeps it. */
	q = find_quote(a, "The crowd chanted");
	ck_assert_ptr_nonnull(q);
	ck_assert_str_eq(q->text,
			 "The crowd chanted for an hour. Make America Great "
			 "Again.");
	article_free(a);
}
END_TEST

/* "Vulture magazine": a name that the word for a medium follows is that
 * medium's, which speaks and is "the magazine" after; a place before it
 * only says which paper. */
START_TEST(medium_named_by_its_noun)
{
	struct article *a = analysed(
		"H\n\n"
		"A statement from Vulture magazine said, “We stand by the "
		"story.” The magazine later called it “a fair account.”\n\n"
		"Ann Lee said it was “a good list.”\n\n"
		"A Baton Rouge newspaper called the response “too "
		"slow.”\n");
	expect_quote(a, "We stand by the story.", "Vulture");
	expect_quote(a, "a fair account.", "Vulture");
	expect_quote(a, "a good list.", "Ann Lee");
	expect_quote(a, "too slow.", NULL);
	ck_assert_uint_eq(a->n_people, 1);
	article_free(a);
}
END_TEST

/* "the teenager said": the one the story gave a teenager's age; "Her
 * neighbour, florist Tom Reddy, added": the name set off after what the
 * person does, but not one a clause between the commas relates ("who
 * met Ann Pike"). */
START_TEST(teenager_and_set_off_occupation)
{
	struct article *a = analysed(
		"H\n\n"
		"Coach Kenny Doyle, 52, praised Jamie Okoro, 19. “My mum was "
		"in the stand,” the teenager said.\n\n"
		"Sarah Whitmore runs a bakery. Her neighbour, florist Tom "
		"Reddy, added: “It is a done deal.”\n\n"
		"Whitmore, who met Ann Pike, said: “Nobody listened.”\n\n"
		"Another resident, retired engineer Bob Klein, urged the "
		"council to “think again.”\n");
	expect_quote(a, "My mum was in the stand,", "Jamie Okoro");
	expect_quote(a, "It is a done deal.", "Tom Reddy");
	expect_quote(a, "Nobody listened.", "Sarah Whitmore");
	/* A past role and a trade, before the name. */
	expect_quote(a, "think again.", "Bob Klein");
	const struct person *p = article_find_person(a, "Bob Klein");
	ck_assert_ptr_nonnull(p);
	ck_assert_uint_eq(p->n_titles, 1);
	ck_assert_str_eq(p->titles[0], "retired engineer");
	article_free(a);
}
END_TEST

/* An interview: each question on a line of its own, each answer a
 * paragraph of quotation; the answers are the interviewee's, and a
 * rhetorical question before a quotation of someone else's breaks no
 * one's voice. */
START_TEST(interview_questions_and_answers)
{
	struct article *a = analysed(
		"H\n\n"
		"Amara Osei was elected mayor last year. She spoke to us about "
		"potholes.\n\n"
		"Why did you run?\n\n"
		"“Honestly, I didn't want to.”\n\n"
		"What has been hardest?\n\n"
		"“The power cuts.”\n\n"
		"Ben Tull runs the market. “It is quiet,” he said.\n\n"
		"Why?\n\n"
		"“Nobody has money.”\n");
	expect_quote(a, "Honestly", "Amara Osei");
	expect_quote(a, "The power cuts.", "Amara Osei");
	expect_quote(a, "Nobody has money.", "Ben Tull");
	article_free(a);
}
END_TEST

/* "The Archie Bunker stereotype ignored …": a person's name between "the"
 * and a common noun qualifies the noun, which is the sentence's subject,
 * no one's voice; "the Clinton campaign" still speaks for her. */
START_TEST(name_qualifying_a_noun)
{
	struct article *a = analysed(
		"H\n\n"
		"Thomas Frank wrote a book about Archie Bunker. The Archie "
		"Bunker stereotype ignored history, and “the union placards” "
		"were forgotten.\n\n"
		"Hillary Clinton spoke in Ohio. The Clinton campaign called "
		"the report “fake”.\n");
	expect_quote(a, "the union placards", NULL);
	expect_quote(a, "fake", "Hillary Clinton");
	article_free(a);
}
END_TEST

/* A web address ends its sentence with its period ("GunMart.com."), as
 * "U.S." and "R-S.C." do not, so the next sentence's subject is read. */
START_TEST(web_address_ends_sentence)
{
	struct article *a = analysed(
		"H\n\n"
		"The listing has moved to another site, GunMart.com. Gary "
		"Stone is selling the rifle he used to shoot Dean Cole, a "
		"local farmer, in 2012. “I’m a free man,” he told "
		"reporters.\n\n"
		"Sen. Ann Pike, R-S.C., a long-shot candidate, said the "
		"plan “will fail.”\n");
	expect_quote(a, "I’m a free man,", "Gary Stone");
	expect_quote(a, "will fail.", "Ann Pike");
	const struct person *p = article_find_person(a, "Ann Pike");
	ck_assert_ptr_nonnull(p);
	ck_assert_uint_eq(p->n_titles, 2);
	article_free(a);
}
END_TEST

/* "the Wisconsin Republican says", "said the Democrat", "the Republican
 * nominee vowed": one person by party, perhaps with a place or a role no
 * title fits, is the one the sentence before was about; the party's
 * members ("the Republicans") are no one. */
START_TEST(person_by_party)
{
	struct article *a = analysed(
		"H\n\n"
		"Gov. Ray Hollis declared a state of emergency. “Please stay "
		"home,” the Republican said.\n\n"
		"House Speaker Ann Pike met reporters.\n\n"
		"The Wisconsin Republican said allies were “rattled.”\n\n"
		"Sen. Tom Lee spoke next. “It is a mess,” said the "
		"Democrat.\n\n"
		"Gov. Ray Hollis left. The Republicans said it was “a "
		"stunt.”\n\n"
		"Mike Pence spoke in Ohio. The Republican nominee vowed to "
		"punish “those who leak.”\n");
	expect_quote(a, "Please stay home,", "Ray Hollis");
	expect_quote(a, "rattled.", "Ann Pike");
	expect_quote(a, "It is a mess,", "Tom Lee");
	expect_quote(a, "a stunt.", NULL);
	expect_quote(a, "those who leak.", "Mike Pence");
	article_free(a);
}
END_TEST

/* "Reyes said … The former congressman added": a past role no title
 * fits is news of whom the sentence before was about; "first" is part of
 * the role in "the former first lady". */
START_TEST(former_role_of_last_subject)
{
	struct article *a = analysed(
		"H\n\n"
		"Senator Maria Lopez won the debate, polls said.\n\n"
		"Political analyst Tom Reyes said the debate was “a draw”. "
		"The former congressman added that neither had “landed a "
		"blow.”\n\n"
		"Lopez left early. The senator said she was “thrilled.”\n\n"
		"Hillary Clinton, the former secretary of state, spoke "
		"first.\n\n"
		"The former first lady said it was “a mistake.”\n\n"
		"Tom Clarke built a fortune. His former business partner "
		"at Lenox, Lawrence Cummings, called him “a master”.\n");
	expect_quote(a, "a master", "Lawrence Cummings");
	expect_quote(a, "a mistake.", "Hillary Clinton");
	expect_quote(a, "a draw", "Tom Reyes");
	expect_quote(a, "landed a blow.", "Tom Reyes");
	expect_quote(a, "thrilled.", "Maria Lopez");
	article_free(a);
}
END_TEST

/* The commonest reporting verbs of other languages read as "said" does:
 * "„…“, sagte Merkel", "« … », déclare Jean Dupont", "“…”, dijo". */
START_TEST(foreign_reporting_verbs)
{
	struct article *a =
		analysed("H\n\n"
			 "„Wir schaffen das“, sagte Angela Merkel.\n\n"
			 "« Nous allons gagner », déclare Jean Dupont.\n\n"
			 "“Ganaremos”, dijo el presidente Pedro Sánchez.\n\n"
			 "Olaf Scholz sprach. „Wir investieren“, sagte "
			 "Scholz am Montag.\n");
	expect_quote(a, "Wir schaffen das", "Angela Merkel");
	/* A day of that language is no one ("am Montag"). */
	expect_quote(a, "Wir investieren", "Olaf Scholz");
	expect_quote(a, "Nous allons gagner", "Jean Dupont");
	expect_quote(a, "Ganaremos", "Pedro Sánchez");
	article_free(a);
}
END_TEST

/* "a source close to the pair", "a friend", "one confidant": someone
 * the story will not name, who is no one we know, and not whom they
 * told ("told Vogue") nor whom the sentence before was about. */
START_TEST(unnamed_sources_and_friends)
{
	struct article *a =
		analysed("H\n\n"
			 "Singer Mia Torres split from actor Jake Bell.\n\n"
			 "A source close to the pair told Vogue the split was "
			 "“amicable”.\n\n"
			 "“There is no drama here,” a friend said.\n\n"
			 "“She is bigger than the party,” said one Torres "
			 "confidant.\n");
	expect_quote(a, "amicable", NULL);
	expect_quote(a, "There is no drama here,", NULL);
	expect_quote(a, "She is bigger than the party,", NULL);
	article_free(a);
}
END_TEST

/* "Netflix, which was to release the film, said": a lone capitalised
 * word no list knows, opening its sentence, is a body that speaks, not a
 * name inside the aside; a plural there ("Aides said") is no one. */
START_TEST(lone_capitalised_subject)
{
	struct article *a = analysed(
		"H\n\n"
		"Actor Ryan Cole denied the claims.\n\n"
		"Netflix, which had been due to release Cole's new film, said "
		"it was “aware of the allegations”.\n\n"
		"Aides said Cole would “fight on”.\n\n"
		"Roscosmos said the launch was “a success”.\n\n"
		"Neuroscience tells us the “a-ha” moment is real.\n");
	expect_quote(a, "aware of the allegations", "Netflix");
	expect_quote(a, "fight on", NULL);
	expect_quote(a, "a success", "Roscosmos");
	expect_quote(a, "a-ha", NULL);
	ck_assert_uint_eq(a->n_people, 1);
	article_free(a);
}
END_TEST

/* "The company, Delmar Chemicals, said": a body named after its common
 * noun, set off by commas, speaks as itself; a clause there does not
 * name it ("The firm, founded by Ann Lee, said"). */
START_TEST(body_named_after_its_noun)
{
	struct article *a =
		analysed("H\n\n"
			 "The firm, founded by Ann Lee, said it was “fine”.\n\n"
			 "Gary Holm ran the plant.\n\n"
			 "The company, Delmar Chemicals, said it “takes safety "
			 "seriously”.\n\n"
			 "The union, Unite, said it was “appalled”.\n");
	expect_quote(a, "fine", NULL);
	expect_quote(a, "takes safety seriously", "Delmar Chemicals");
	expect_quote(a, "appalled", "Unite");
	ck_assert_uint_eq(a->n_people, 2);
	article_free(a);
}
END_TEST

/* "Corvana, the drugmaker, said": a body named before its common noun,
 * set off by commas, is a body and no person, as is one that has shares;
 * "the head of the union" after a name still describes a person. */
START_TEST(body_named_before_its_noun)
{
	struct article *a =
		analysed("H\n\n"
			 "“It works,” Corvana, the drugmaker, said.\n\n"
			 "Later, Halvex, the far smaller company, said it "
			 "was “pleased”.\n\n"
			 "Ann Lee, the head of the union, said it was "
			 "“a disgrace”.\n\n"
			 "Brightmart’s shares fell 8%. “We will recover,” "
			 "Brightmart said.\n");
	expect_quote(a, "It works", "Corvana");
	/* What only a company has ("Brightmart’s shares") makes it one. */
	expect_quote(a, "We will recover", "Brightmart");
	expect_quote(a, "pleased", "Halvex");
	expect_quote(a, "a disgrace", "Ann Lee");
	ck_assert_uint_eq(a->n_people, 1);
	article_free(a);
}
END_TEST

/* "the tech giant Orbis": a body's noun after a word of trade in small
 * letters names a body, whose "the company said" is its own. */
START_TEST(body_named_after_trade_and_noun)
{
	struct article *a = analysed(
		"H\n\n"
		"The regulator has fined the tech giant Orbis. Orbis said it "
		"would appeal. “We strongly disagree,” the company said.\n");
	expect_quote(a, "We strongly disagree", "Orbis");
	ck_assert_uint_eq(a->n_people, 0);
	article_free(a);
}
END_TEST

/* "Brandt's Facebook page said", "Her Twitter account posted": what
 * someone posts speaks for them; the platform a post is "on" does not
 * speak. */
START_TEST(posts_speak_for_their_owner)
{
	struct article *a = analysed(
		"H\n\n"
		"Tom Brandt and Ann Roe spoke.\n\n"
		"A post on Brandt's Facebook page said he was “thrilled”.\n\n"
		"Roe left. Her Twitter account posted that she was “proud”.\n\n"
		"A post on Facebook said the vote was “rigged”.\n");
	expect_quote(a, "thrilled", "Tom Brandt");
	expect_quote(a, "proud", "Ann Roe");
	expect_quote(a, "rigged", NULL);
	article_free(a);
}
END_TEST

/* Hostile input: many quotes, an unclosed mark, a flood of capitals. */
static char *repeat(const char *head, const char *unit, size_t n)
{
	size_t hl = strlen(head), ul = strlen(unit);
	char *s = malloc(hl + ul * n + 1);
	ck_assert_ptr_nonnull(s);
	memcpy(s, head, hl);
	for (size_t i = 0; i < n; i++)
		memcpy(s + hl + i * ul, unit, ul);
	s[hl + ul * n] = '\0';
	return s;
}

START_TEST(ten_thousand_quotes)
{
	char *s = repeat("H\n\nMr Smith said: ", "“Yes,” he said. ", 10000);
	struct article *a = analysed(s);
	ck_assert_uint_gt(a->n_quotes, 0);
	ck_assert_uint_le(a->n_quotes, limits.max_quotes);
	article_free(a);
	free(s);
}
END_TEST

START_TEST(unterminated_quote)
{
	char *s = repeat("H\n\nShe said: “This never closes ",
			 "and goes on and on ", 20000);
	struct article *a = analysed(s);
	ck_assert_uint_le(a->n_quotes, 1);
	article_free(a);
	free(s);
}
END_TEST

START_TEST(flood_of_capitals)
{
	char *s = repeat("H\n\n", "Alpha Beta Gamma Delta said ", 5000);
	struct article *a = analysed(s);
	ck_assert_uint_le(a->n_people, limits.max_people);
	article_free(a);
	free(s);
	s = repeat("H\n\n", "‘Mr ’Abc ‘De’f “Gh ", 5000);
	a = analysed(s);
	ck_assert_uint_le(a->n_quotes, limits.max_quotes);
	article_free(a);
	free(s);
}
END_TEST

/* A body named with "of" speaks whole, and "it" or "the company" after
 * it speaks for it; "it" that does not report is no one; a person named
 * before his body speaks for himself. */
START_TEST(body_pronoun_speaks)
{
	struct article *a = analysed(
		"H\n\n"
		"The Bank of Westmark said rates would stay where they are. "
		"“We will watch prices closely,” it said.\n\n"
		"Eastfield Buses said it would appeal. “We disagree with "
		"every finding,” the company said.\n\n"
		"The Office of Rail Standards said the plan was weak. It "
		"seems the “fresh start” will wait.\n\n"
		"Rob Tennant, of the Tenants Union, was blunt: “No one "
		"believes a word of it.”\n\n"
		"Ada Finch said she was happy. “We will win,” said Paris "
		"Hilton.\n\n"
		"The Harbour Trust Foundation declined to comment. “Our "
		"focus is the harbour,” the group said.\n\n"
		"Prime Minister Ana Duarte's office said she spoke to the "
		"king. The office said they discussed “the region.”\n\n"
		"In a statement, the Port Authority said the demands were too "
		"high. “We remain open to talks,” the statement said.\n\n"
		"Sen. Ann Pike released a statement on Monday. Gov. Tom Lee "
		"had called for her resignation. “I will not resign,” the "
		"statement read.\n");
	expect_quote(a, "We will watch", "Bank of Westmark");
	/* "the statement" is that of the body the sentence before was
	 * about, or of the one whose statement the story just named. */
	expect_quote(a, "We remain open to talks,", "Port Authority");
	expect_quote(a, "I will not resign,", "Ann Pike");
	expect_quote(a, "Our focus", "Harbour Trust Foundation");
	/* A person's office speaks for them, as their campaign does. */
	expect_quote(a, "the region", "Ana Duarte");
	expect_quote(a, "We disagree", "Eastfield Buses");
	expect_quote(a, "fresh start", NULL);
	/* Capitals after "said" name someone we do not know: the speaker
	 * before does not go on. */
	expect_quote(a, "We will win", NULL);
	/* A person before a body, then a colon: the person speaks. */
	expect_quote(a, "No one believes", "Rob Tennant");
	/* Only they, Pike and Lee are people. */
	ck_assert_uint_eq(a->n_people, 5);
	article_free(a);
}
END_TEST

/* Forms common in British and wire copy: a description then the name it
 * describes, a verb joined on by "and", an acronym speaking for its
 * body, a surname that is also a common word, a colon after the one
 * addressed, words no list knows between a verb and a name. */
START_TEST(attribution_forms_wire)
{
	struct article *a = analysed(
		"H\n\n"
		"Trains were late again. Rep. Ann West and Sen. Ola Berg "
		"spoke.\n\n"
		"“It is a disgrace,” said one commuter, Priya Nair, 34.\n\n"
		"The delay was debated on Monday when Sen. Ola Berg lamented "
		"the “dismal” state of the network and criticised the “waste” "
		"of money.\n\n"
		"In a statement, the RMT union said the plan was “a "
		"betrayal”.\n\n"
		"“We are not done,” West said.\n\n"
		"Carl Dunn spoke first. Sen. Ola Berg, a Democrat, delivered "
		"a blunt message to Mr Dunn: “Stop it.”\n\n"
		"“They are wrong,” said 9/11 widow Maria Strada. “We are "
		"tired,” said longtime resident Ann Pike of Norfolk.\n");
	expect_quote(a, "It is a disgrace", "Priya Nair");
	expect_quote(a, "dismal", "Ola Berg");
	expect_quote(a, "waste", "Ola Berg");
	expect_quote(a, "a betrayal", "RMT");
	expect_quote(a, "We are not done", "Ann West");
	expect_quote(a, "Stop it", "Ola Berg");
	expect_quote(a, "They are wrong", "Maria Strada");
	expect_quote(a, "We are tired", "Ann Pike");
	article_free(a);

	/* A named surname that is a common word, after a capital no list
	 * knows, ends another name: a place's, not the person's. */
	a = analysed("H\n\n"
		     "Trump adviser Karen Lake said it was “great”.\n\n"
		     "Residents near Quorra Lake said it was “cold”.\n\n"
		     "But Lake said it was “fine”.\n");
	expect_quote(a, "cold", NULL);
	expect_quote(a, "fine", "Karen Lake");
	article_free(a);

	/* An unnamed speaker qualified by a phrase: the one spoken for, or
	 * no one; never the subject of the sentence before. */
	a = analysed(
		"H\n\n"
		"Senator Ann Holt and Governor Ben Ruiz met.\n\n"
		"Neither Holt nor Ruiz would talk. “No comment,” a "
		"spokesman for Ruiz said.\n\n"
		"Holt left early. “It is over,” an official with the "
		"agency said.\n\n"
		"“We will see,” Ruiz's spokeswoman, Jane Park, told "
		"reporters.\n\n"
		"“Not yet,” Doug Andres, a spokesman for Senator Holt told "
		"the Post.\n");
	expect_quote(a, "No comment", "Ben Ruiz");
	expect_quote(a, "It is over", NULL);
	expect_quote(a, "We will see", "Jane Park");
	expect_quote(a, "Not yet", "Doug Andres");
	article_free(a);

	/* A spokesperson speaks for the one named before the role or after
	 * "for", in either order, or for a body named by its acronym; a
	 * role's own name is the speaker. */
	a = analysed("H\n\n"
		     "Senator Ann Holt and Governor Ben Ruiz met.\n\n"
		     "“We will not back down,” a Holt campaign spokesman "
		     "said.\n\n"
		     "“This is nonsense,” said a spokeswoman for Ruiz.\n\n"
		     "“Fine,” a spokesman for the Holt campaign said.\n\n"
		     "“Not so,” the Pike campaign spokeswoman Hope Hicks "
		     "said.\n\n"
		     "“Maybe,” a senior Ruiz adviser said.\n\n"
		     "“Never,” a poll by analyst Omar Saleh found.\n\n"
		     "“We support her,” an ITV spokesperson said.\n\n"
		     "“We will launch,” a Northwind spokesperson said.\n\n"
		     "Republic Records thanked “every single fan.”\n\n"
		     "“No comment,” said a spokeswoman for Acme Widgets.\n\n"
		     "A spokesman for Platte River declined to comment but "
		     "said in a statement that “we did nothing wrong.”\n");
	expect_quote(a, "We will not back down", "Ann Holt");
	/* A body by its acronym, or by capitals no one has named. */
	expect_quote(a, "We support her", "ITV");
	expect_quote(a, "We will launch", "Northwind");
	/* A place's word that opens a body's name stays in it. */
	expect_quote(a, "every single fan", "Republic Records");
	expect_quote(a, "No comment", "Acme Widgets");
	expect_quote(a, "we did nothing wrong.", "Platte River");
	expect_quote(a, "This is nonsense", "Ben Ruiz");
	expect_quote(a, "Fine", "Ann Holt");
	expect_quote(a, "Not so", "Hope Hicks");
	expect_quote(a, "Maybe", NULL);
	expect_quote(a, "Never", NULL);
	article_free(a);

	/* An attribution that closes the sentence holds every quotation in
	 * it. */
	a = analysed(
		"H\n\n"
		"Given Senator Tom Holt's success, his backing will carry “a great deal of weight” and bring "
		"the “firepower” they need, party spokesman Omar Saleh "
		"said.\n");
	expect_quote(a, "a great deal of weight", "Omar Saleh");
	expect_quote(a, "firepower", "Omar Saleh");
	article_free(a);

	/* "his" or "her" campaign, department or lawyer speaks for whom
	 * the pronoun stands; a name set off after a description is the
	 * subject. */
	a = analysed(
		"H\n\n"
		"Governor Ann Holt spoke in Ohio.\n\n"
		"Her campaign called the plan “a disaster” on Friday.\n\n"
		"His former partner at Lenox, Lawrence Cummings, called "
		"Holt a master of deals. “She showed it again and "
		"again.”\n\n"
		"Holt was sued in May. “She is innocent,” her lawyer said. "
		"“Not yet,” her department said.\n");
	expect_quote(a, "a disaster", "Ann Holt");
	expect_quote(a, "She showed it", "Lawrence Cummings");
	expect_quote(a, "She is innocent,", "Ann Holt");
	expect_quote(a, "Not yet,", "Ann Holt");
	article_free(a);

	/* A name set off by dashes is the speaker, an aside between dashes
	 * is skipped; lawyers "for" someone speak for them. */
	a = analysed("H\n\n"
		     "Governor Ann Holt spoke in Ohio.\n\n"
		     "A former candidate -- Tom Reed, who lost in 2008 -- said "
		     "the plan “changes nothing.”\n\n"
		     "Holt — a Democrat since 1990 — said it was “a start.”\n\n"
		     "Lawyers for Holt opposed the move, saying the files "
		     "“were never public.”\n");
	expect_quote(a, "changes nothing", "Tom Reed");
	expect_quote(a, "a start", "Ann Holt");
	expect_quote(a, "were never public", "Ann Holt");
	article_free(a);

	/* A colon's clause may open with its verb after the subject's
	 * appositive; a party's member set off so is a person. */
	a = analysed("H\n\n"
		     "Voters are unhappy. 81-year-old Parker Eton, a nominal "
		     "Republican who voted twice, said that given the crop of "
		     "candidates on both sides:\n\n"
		     "“There is only one: Pike.”\n\n"
		     "Ann Ruiz, head of the American Action Forum, a "
		     "conservative, pro-growth group, agreed.\n");
	expect_quote(a, "There is only one", "Parker Eton");
	ck_assert_ptr_null(article_find_person(a, "Action Forum"));
	ck_assert_ptr_null(article_find_person(a, "American Action Forum"));
	article_free(a);

	/* "in X's view" holds the words up as X's. */
	a = analysed("H\n\n"
		     "Ann Holt and Tom Reed spoke. Reed left early.\n\n"
		     "It is “an across-the-board failure” from diplomacy to "
		     "the budget, in Holt’s view.\n");
	expect_quote(a, "an across-the-board failure", "Ann Holt");
	article_free(a);

	/* A clause joined by "but" or "while" has its own subject. */
	a = analysed("H\n\n"
		     "Governor Ann Holt and Senator Tom Reed met.\n\n"
		     "Holt proposed a debate in May – but the Reed campaign "
		     "rejected the idea as “ludicrous” on Friday.\n\n"
		     "Holt backed the plan, while Reed called it “a mess” in "
		     "a letter.\n\n"
		     "Holt thanked Reed and his aides for their “hard work” on "
		     "Friday.\n");
	expect_quote(a, "ludicrous", "Tom Reed");
	expect_quote(a, "a mess", "Tom Reed");
	expect_quote(a, "hard work", "Ann Holt");
	article_free(a);

	/* A wire dateline is no subject; a role may hold "of". */
	a = analysed("H\n\n"
		     "Boston (AFP) – Democrat Ola Berg has attacked the plan, "
		     "saying that “cheap slogans” do harm.\n\n"
		     "PARIS (Reuters) - Democrat Ann Kerr hit back, saying it "
		     "was “nonsense”.\n\n"
		     "“Welcome, all,” said master of ceremonies Omar "
		     "Haddad.\n");
	expect_quote(a, "cheap slogans", "Ola Berg");
	expect_quote(a, "nonsense", "Ann Kerr");
	expect_quote(a, "Welcome, all", "Omar Haddad");
	article_free(a);
}
END_TEST

/* A body speaks under its whole name, party, faith and role words
 * included; "according to" reaches the body its words came from, past its
 * role, or the one its spokesman speaks for. */
START_TEST(bodies_named_whole)
{
	struct article *a = analysed(
		"H\n\n"
		"The White House said the talks were “useful”.\n\n"
		"The Republican National Committee said it was “ready”.\n\n"
		"The Catholic Church said the ruling was “grave”.\n\n"
		"CONGRESS HAS INVESTIGATED HIM — the show was criticised for "
		"saying that coffee was a “magic cure”.\n\n"
		"According to a statement from the Interior Ministry, “order "
		"has been restored.”\n\n"
		"Oliver Grant spoke later. “Trains will run,” according to a "
		"spokesman for Grant. “Not in 2026,” according to figures for "
		"the year released by the Rail Office.\n\n"
		"Parents joined a “walk-in”, according to the organiser "
		"Campaign to Save Our Libraries. The Committee to Protect "
		"Readers called it “overdue”.\n");
	expect_quote(a, "useful", "White House");
	expect_quote(a, "ready", "Republican National Committee");
	expect_quote(a, "grave", "Catholic Church");
	/* A heading in capitals, which holds a verb, is no body. */
	expect_quote(a, "magic cure", NULL);
	expect_quote(a, "order has been restored", "Interior Ministry");
	/* Through a spokesman "for" someone, and past a "for" to the
	 * body. */
	expect_quote(a, "Trains will run,", "Oliver Grant");
	expect_quote(a, "Not in 2026,", "Rail Office");
	/* A body named right after its role; a body's word, "to" and a
	 * verb's capitals make one name. */
	expect_quote(a, "walk-in", "Campaign to Save Our Libraries");
	expect_quote(a, "overdue", "Committee to Protect Readers");
	article_free(a);
}
END_TEST

/* A description goes to the person of that role met most recently, and
 * a court's or body's word before the role does not change it ("U.S.
 * District Judge" is "the judge"). */
START_TEST(description_most_recent)
{
	struct article *a = analysed(
		"H\n\n"
		"U.S. District Judge Brian Moss ruled first.\n\n"
		"Judge Ann Lee ruled against it. “We will not,” the judge "
		"said.\n\n"
		"Moss spoke again. “The court will not tolerate this,” the "
		"judge wrote.\n");
	expect_quote(a, "We will not", "Ann Lee");
	expect_quote(a, "The court will not", "Brian Moss");
	article_free(a);

	/* A role with a place that no title fits: the person the sentence
	 * before was about, unless the story ties them to another place. */
	a = analysed("H\n\n"
		     "Dana Holt attacked the plan on Monday. “It is a "
		     "disaster,” the Ohio senator said.\n\n"
		     "Sen. Ann Pike (R-Ky.) spoke. “No,” the Ohio senator "
		     "said.\n\n"
		     "Sen. Carl Moss spoke. “Never,” the senator said.\n");
	expect_quote(a, "It is a disaster", "Dana Holt");
	expect_quote(a, "No,", NULL);
	expect_quote(a, "Never", "Carl Moss");
	article_free(a);

	/* A body's name in the role: the person of the sentence before,
	 * when they hold no other role. */
	a = analysed("H\n\n"
		     "Mikel Arteta hailed Bukayo Saka as “world class”. “He "
		     "was outstanding,” the Arsenal manager told reporters.\n");
	expect_quote(a, "world class", "Mikel Arteta");
	expect_quote(a, "He was outstanding", "Mikel Arteta");
	article_free(a);

	/* "Boss" is whoever runs the club: "the Fulham manager" is the
	 * "Fulham boss", not the other side's bare "Manager". */
	a = analysed("H\n\n"
		     "Manager Eric Haag praised his side. “We showed "
		     "character,” he said.\n\n"
		     "Fulham boss Mario Sala was frustrated. “Eight "
		     "minutes?” he said.\n\n"
		     "According to Sala, his players deserved a point. “We "
		     "were the better team,” the Fulham manager added.\n");
	expect_quote(a, "We were the better team", "Mario Sala");
	article_free(a);
}
END_TEST

/* A company named by its shares, or by a deed done to "its" own, speaks
 * as a body, not a person (a titled person before "its" stays one), and
 * a sentence about its shares is about it; a broadcaster's sports channel
 * is no one. */
START_TEST(company_by_its_shares)
{
	struct article *a = analysed(
		"H\n\n"
		"Shares of Zentrix fell 8% on Tuesday.\n\n"
		"“We expect revenue to fall,” Zentrix said in a filing.\n\n"
		"“It is a tough market,” Lena Roe told Sky Sports.\n\n"
		"Harlan Brothers cut its forecast, saying demand was "
		"“murky”. Chancellor Ada Merk chose its “Person of the "
		"Year” pick.\n\n"
		"Shares in Brightmart slid. “We are not immune,” Brightmart "
		"said.\n");
	expect_quote(a, "We expect revenue", "Zentrix");
	expect_quote(a, "We are not immune,", "Brightmart");
	expect_quote(a, "It is a tough market", "Lena Roe");
	expect_quote(a, "murky", "Harlan Brothers");
	ck_assert_uint_eq(a->n_people, 2);
	article_free(a);

	/* A sentence about a company's shares is about the company: "the
	 * company" and "a spokesman" after it speak for it. */
	a = analysed("H\n\n"
		     "Shares in Veltrix fell 18 percent on Thursday. The "
		     "company said it would cut “hundreds” of jobs.\n\n"
		     "Shares of Orbix slid too. A spokesman declined to "
		     "comment on “speculation”.\n");
	expect_quote(a, "hundreds", "Veltrix");
	expect_quote(a, "speculation", "Orbix");
	article_free(a);
}
END_TEST

/* "so-called" marks the writer's scare quotes, no one's words, even
 * beside a speaker; a passive's agent after the quotation speaks, and so
 * does the one "in the words of" whom it is. */
START_TEST(scare_quotes_and_passives)
{
	struct article *a = analysed(
		"H\n\n"
		"Senator Ada Lintz said the bill would store so-called "
		"“metadata” for years.\n\n"
		"The plan has been called “a disgrace” by Ms Lintz, and was "
		"described as “heartbreaking” by the Harbour Trust.\n\n"
		"The plan is, in the words of Senator Lintz, “a "
		"shambles.”\n\n"
		"“Don’t get nervous,” instructed Milton Vela, the crew's "
		"supervisor.\n");
	expect_quote(a, "metadata", NULL);
	expect_quote(a, "a disgrace", "Ada Lintz");
	expect_quote(a, "heartbreaking", "Harbour Trust");
	expect_quote(a, "a shambles", "Ada Lintz");
	expect_quote(a, "Don’t get nervous", "Milton Vela");
	article_free(a);
}
END_TEST

/* "the 34-year-old" is the person the story gave that age. */
/* A role no one was given, said right after a sentence about someone in
 * the same paragraph, is that person's; not when the paragraph met an
 * unnamed holder of it or someone else too, a name follows the role,
 * the role is plural or tells another sex, or it is an office and the
 * person holds another. */
START_TEST(role_after_sentence_about_someone)
{
	struct article *a = analysed(
		"H\n\n"
		"Rovers captain Liam Orme sealed the win in stoppage time.\n\n"
		"Orme, who joined from Stevenage in the summer, said the goal "
		"was for the fans. “They have stuck with us,” the defender "
		"said.\n\n"
		"Defence lawyer Sam Pryor sat down. The judge rubbed his chin. "
		"Pryor had said the same. “We all agree,” the judge "
		"exclaimed.\n\n"
		"Orme waved. “He was superb,” the actress said.\n\n"
		"Orme bowed. “Thanks to all,” the organisers said.\n\n"
		"Orme smiled. “Go on, Rovers,” the supporters chanted.\n\n"
		"Orme met Ken Ladd. “It was fine,” the striker said.\n\n"
		"Pryor left. “It is over,” the mayor said.\n\n"
		"Orme spoke to fans, according to the club director Ray "
		"Dunmore. “It was a good day,” the director said.\n");
	expect_quote(a, "They have stuck", "Liam Orme");
	expect_quote(a, "We all agree", NULL);
	expect_quote(a, "He was superb", NULL);
	expect_quote(a, "Thanks to all", NULL);
	expect_quote(a, "Go on, Rovers", NULL);
	expect_quote(a, "It was fine", NULL);
	expect_quote(a, "It is over", NULL);
	expect_quote(a, "It was a good day", "Ray Dunmore");
	article_free(a);
}
END_TEST

/* Utilities and operators speak as bodies: a run ending in "Water" or
 * "Grid", or a word no list knows after a region's word ("Northern
 * Powergrid"); a place's name as a first name is no region. */
START_TEST(utilities_speak_as_bodies)
{
	struct article *a = analysed(
		"H\n\n"
		"Northern Powergrid said engineers were working “around the "
		"clock”.\n\n"
		"Thames Water said pipes had burst “across the region”.\n\n"
		"Southern Water said it was “sorry”.\n\n"
		"National Grid said demand was “very high”.\n\n"
		"Greater Anglia said trains were “delayed”.\n\n"
		"Georgia Otieno said it was “fine”.\n");
	expect_quote(a, "around the clock", "Northern Powergrid");
	expect_quote(a, "across the region", "Thames Water");
	expect_quote(a, "sorry", "Southern Water");
	expect_quote(a, "very high", "National Grid");
	expect_quote(a, "delayed", "Greater Anglia");
	expect_quote(a, "fine", NULL);
	ck_assert_uint_eq(a->n_people, 0);
	article_free(a);
}
END_TEST

/* A sentence whose subject names no one, with "said NAME" after the
 * quotation, is that person's; a body reporting what a crowd chanted
 * does not take the chant. */
START_TEST(closing_name_after_unnamed_subject)
{
	struct article *a = analysed(
		"H\n\n"
		"Beijing has provoked mixed feelings in many Asian states, "
		"and it has used “velvet gloves” in its dealings with them, "
		"said Nargis Kessel, an expert.\n\n"
		"Fans also chanted, “Build a wall,” referring to the "
		"candidate’s vow to build one, the Lakeside Herald "
		"reports.\n");
	expect_quote(a, "velvet gloves", "Nargis Kessel");
	expect_quote(a, "Build a wall", NULL);
	article_free(a);
}
END_TEST

/* A writing from or by someone, or an editorial in a paper, speaks for
 * them: "said a statement from the Acme Corporation". */
START_TEST(writings_speak_for_their_authors)
{
	struct article *a = analysed(
		"H\n\n"
		"“We stand by it,” said a statement from the Acme "
		"Corporation.\n\n"
		"“Vote yes,” a letter from Sen. Ann Lee said.\n\n"
		"“Resign now,” said an editorial in the Lakeside Herald.\n\n"
		"“Come in,” reads a memo by the Acme Corporation.\n\n"
		"“Leave,” said a report in the Lakeside Herald.\n");
	expect_quote(a, "We stand by it", "Acme Corporation");
	expect_quote(a, "Vote yes", "Ann Lee");
	expect_quote(a, "Resign now", "The Lakeside Herald");
	expect_quote(a, "Come in", "Acme Corporation");
	/* "in" is a paper's own writing only for an editorial, a column,
	 * an op-ed or an article. */
	expect_quote(a, "Leave", NULL);
	article_free(a);
}
END_TEST

/* A seat of government speaks for it; the place where a crowd stood,
 * behind a preposition of place, says nothing. */
START_TEST(seats_speak_places_do_not)
{
	struct article *a = analysed(
		"H\n\n"
		"Downing Street said the minister had “full confidence” in "
		"her.\n\n"
		"The Elysee said it would “respond in time”.\n\n"
		"Protesters marched down Downing Street chanting “Out, out, "
		"out”.\n\n"
		"Crowds gathered at the White House chanting “No more”.\n\n"
		"Later, crowds outside the Kremlin were heard chanting “Shame”."
		"\n");
	expect_quote(a, "full confidence", "Downing Street");
	expect_quote(a, "respond in time", "Elysee");
	expect_quote(a, "Out, out, out", NULL);
	expect_quote(a, "No more", NULL);
	expect_quote(a, "Shame", NULL);
	article_free(a);
}
END_TEST

START_TEST(age_descriptions)
{
	struct article *a = analysed(
		"H\n\n"
		"A man, Tom Reed, 34, was charged. His neighbour, Ann Cole, 61, "
		"saw it.\n\n"
		"“I did nothing wrong,” the 34-year-old told the court.\n\n"
		"The 61-year-old said she was “shocked”. “It is sad,” the "
		"50-year-old judge said.\n\n"
		"Witness Jenny Hall, 29, heard “a huge bang”. “I ran "
		"outside,” the 29-year-old said.\n");
	expect_quote(a, "I did nothing wrong", "Tom Reed");
	expect_quote(a, "shocked", "Ann Cole");
	expect_quote(a, "It is sad", NULL);
	/* A surname that is a building's word, with an age beside. */
	expect_quote(a, "a huge bang", "Jenny Hall");
	expect_quote(a, "I ran outside", "Jenny Hall");
	article_free(a);

	/* An age no one was given is the one the sentence before was
	 * about, unless they were given another (or, with a role, any
	 * title). */
	a = analysed("H\n\n"
		     "Soap star Kelly Marsh has blasted online trolls.\n\n"
		     "The 34-year-old fumed: “It has to stop.”\n\n"
		     "Tom Reed, 40, was there. “Not me,” the 52-year-old "
		     "said.\n\n"
		     "Asked whether she would run, Nora Hale said: “We will "
		     "see.”\n\n"
		     "“I cannot,” the 45-year-old mother of three told the "
		     "BBC.\n");
	expect_quote(a, "It has to stop.", "Kelly Marsh");
	expect_quote(a, "Not me,", NULL);
	/* With a role too, when the story gave that person none; past
	 * "of three". */
	expect_quote(a, "I cannot,", "Nora Hale");
	article_free(a);

	/* A tie to someone is no role ("Her friend, Tom Ellis,"); an
	 * office is. */
	a = analysed("H\n\n"
		     "Commuters were weary. Her friend, Tom Ellis, was more "
		     "sanguine. “It is not their fault,” the 29-year-old "
		     "teacher said.\n\n"
		     "Commuters were angry. Mayor Ann Cole was more sanguine. "
		     "“It will pass,” the 52-year-old nurse said.\n");
	expect_quote(a, "It is not their fault,", "Tom Ellis");
	expect_quote(a, "It will pass,", NULL);
	article_free(a);
}
END_TEST

static Suite *quotes_suite(void)
{
	Suite *s = suite_create("quotes");
	TCase *tc = tcase_create("quotes");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, seed_quotes_exactly);
	tcase_add_test(tc, marks_and_apostrophes);
	tcase_add_test(tc, quote_over_paragraphs);
	tcase_add_test(tc, split_and_inverted);
	tcase_add_test(tc, pronouns_prefer_previous_subject);
	tcase_add_test(tc, organisation_speaks);
	tcase_add_test(tc, unattributed);
	tcase_add_test(tc, block_quote_paragraph);
	tcase_add_test(tc, ten_thousand_quotes);
	tcase_add_test(tc, unterminated_quote);
	tcase_add_test(tc, flood_of_capitals);
	tcase_add_test(tc, attribution_forms);
	tcase_add_test(tc, attribution_forms_more);
	tcase_add_test(tc, attribution_forms_wire);
	tcase_add_test(tc, bodies_named_whole);
	tcase_add_test(tc, description_most_recent);
	tcase_add_test(tc, company_by_its_shares);
	tcase_add_test(tc, scare_quotes_and_passives);
	tcase_add_test(tc, age_descriptions);
	tcase_add_test(tc, role_after_sentence_about_someone);
	tcase_add_test(tc, utilities_speak_as_bodies);
	tcase_add_test(tc, seats_speak_places_do_not);
	tcase_add_test(tc, writings_speak_for_their_authors);
	tcase_add_test(tc, closing_name_after_unnamed_subject);
	tcase_add_test(tc, transcript_lines);
	tcase_add_test(tc, analysis_switched_off);
	tcase_add_test(tc, colon_clause_speaks);
	tcase_add_test(tc, more_reporting_verbs);
	tcase_add_test(tc, person_of_a_body);
	tcase_add_test(tc, opening_phrase_name);
	tcase_add_test(tc, relation_then_name);
	tcase_add_test(tc, possessive_role_before_verb);
	tcase_add_test(tc, connective_goes_on);
	tcase_add_test(tc, as_name_said);
	tcase_add_test(tc, question_then_reply);
	tcase_add_test(tc, role_word_surname);
	tcase_add_test(tc, name_then_participle);
	tcase_add_test(tc, and_name_participle);
	tcase_add_test(tc, with_name_participle);
	tcase_add_test(tc, aspect_verb_infinitive);
	tcase_add_test(tc, long_opening_clause);
	tcase_add_test(tc, long_sentence_subject);
	tcase_add_test(tc, subject_of_a_long_sentence);
	tcase_add_test(tc, subject_not_in_closed_clause);
	tcase_add_test(tc, relative_clause_with_commas);
	tcase_add_test(tc, opening_clause_not_subject);
	tcase_add_test(tc, role_name_verb_after_quote);
	tcase_add_test(tc, nation_descriptions_by_nationality);
	tcase_add_test(tc, lone_person_described);
	tcase_add_test(tc, pronoun_passes_role_of_other_sex);
	tcase_add_test(tc, shared_surname_is_most_named);
	tcase_add_test(tc, the_spokesperson_speaks_for_the_same_body);
	tcase_add_test(tc, capitalised_title_of_lone_person);
	tcase_add_test(tc, pronoun_after_unnamed_subject_of_that_sex);
	tcase_add_test(tc, spokesman_of_a_body_by_its_noun);
	tcase_add_test(tc, inner_word_of_long_name);
	tcase_add_test(tc, place_speaks_past_appositive);
	tcase_add_test(tc, body_set_off_after_role_speaks);
	tcase_add_test(tc, body_by_its_kind_speaks);
	tcase_add_test(tc, one_word_body_reports);
	tcase_add_test(tc, asked_by_name);
	tcase_add_test(tc, quote_after_lead_in);
	tcase_add_test(tc, quote_after_sole_person);
	tcase_add_test(tc, opening_phrase_not_subject);
	tcase_add_test(tc, said_before_a_clause);
	tcase_add_test(tc, named_after_all);
	tcase_add_test(tc, quantity_speaks_alone);
	tcase_add_test(tc, relative_clause_after_quote);
	tcase_add_test(tc, reply_came_from);
	tcase_add_test(tc, agencies_whole);
	tcase_add_test(tc, body_pronoun_speaks);
	tcase_add_test(tc, lone_surname_after_quote);
	tcase_add_test(tc, name_appositive_after_quote);
	tcase_add_test(tc, possessive_speech_noun);
	tcase_add_test(tc, description_with_place);
	tcase_add_test(tc, description_within_title);
	tcase_add_test(tc, nation_descriptions);
	tcase_add_test(tc, manner_verbs);
	tcase_add_test(tc, negated_verbs);
	tcase_add_test(tc, headline_speaker_and_asides);
	tcase_add_test(tc, adverb_before_verb);
	tcase_add_test(tc, owners_role_after_quote);
	tcase_add_test(tc, clause_of_its_own);
	tcase_add_test(tc, inch_marks_in_quotes);
	tcase_add_test(tc, programme_titles);
	tcase_add_test(tc, verb_place_role_name);
	tcase_add_test(tc, pull_quote_signed_inside);
	tcase_add_test(tc, medium_named_by_its_noun);
	tcase_add_test(tc, teenager_and_set_off_occupation);
	tcase_add_test(tc, web_address_ends_sentence);
	tcase_add_test(tc, name_qualifying_a_noun);
	tcase_add_test(tc, interview_questions_and_answers);
	tcase_add_test(tc, person_by_party);
	tcase_add_test(tc, former_role_of_last_subject);
	tcase_add_test(tc, foreign_reporting_verbs);
	tcase_add_test(tc, unnamed_sources_and_friends);
	tcase_add_test(tc, lone_capitalised_subject);
	tcase_add_test(tc, body_named_after_its_noun);
	tcase_add_test(tc, body_named_before_its_noun);
	tcase_add_test(tc, body_named_after_trade_and_noun);
	tcase_add_test(tc, posts_speak_for_their_owner);
	tcase_add_test(tc, put_it_reports);
	tcase_add_test(tc, lead_role_named_later);
	tcase_add_test(tc, verb_in_closed_relative_clause);
	tcase_add_test(tc, pointing_subject_continues_report);
	tcase_add_test(tc, first_name_not_object_nor_qualifier);
	tcase_add_test(tc, quoted_as_saying);
	tcase_add_test(tc, opening_clause_object_is_no_subject);
	tcase_add_test(tc, opening_clause_subject);
	suite_add_tcase(s, tc);
	return s;
}

RUN_SUITE(quotes_suite)
