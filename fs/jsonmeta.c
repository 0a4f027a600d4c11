/*
 * jsonmeta.c - article fields from JSON values, for the JSON input and for
 * the JSON-LD of web pages.
 *
 * Real records are untidy: a field may be null, a number where a string was
 * meant, a list where one value was meant.  Each helper takes what it can
 * use and quietly ignores the rest, because one odd field should not cost a
 * story its other fields.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "articlefs/date.h"
#include "articlefs/jsonmeta.h"

/* Authors and images hide at most this deep in lists and objects. */
#define JM_DEPTH 4

const char *jm_string(const json_t *v)
{
	const char *s = json_is_string(v) ? json_string_value(v) : NULL;

	if (!s)
		return NULL;
	for (const char *p = s; *p; p++)
		if (!isspace((unsigned char)*p))
			return s;
	return NULL;
}

json_t *jm_get(const json_t *o, const char *const *names)
{
	if (!json_is_object(o))
		return NULL;
	for (; *names; names++) {
		json_t *v = json_object_get(o, *names);
		if (v && !json_is_null(v))
			return v;
	}
	return NULL;
}

static bool is_web_address(const char *s, size_t n)
{
	return (n >= 7 && strncasecmp(s, "http://", 7) == 0) ||
	       (n >= 8 && strncasecmp(s, "https://", 8) == 0) ||
	       (n >= 4 && strncasecmp(s, "www.", 4) == 0);
}

/* Length of the separator (white space, a comma, a dash, a bar, a
 * bullet) that s..s+n starts with (or, with back, ends with), else 0. */
static size_t sep_at(const char *s, size_t n, bool back)
{
	static const char *const seps[] = {"\xe2\x80\x94", "\xe2\x80\x93",
					   "\xc2\xb7", "\xe2\x80\xa2",
					   "\xc2\xa0"};
	if (!n)
		return 0;
	unsigned char c = back ? s[n - 1] : s[0];
	if (isspace(c) || c == ',' || c == '-' || c == '|' || c == ':')
		return 1;
	for (size_t i = 0; i < sizeof(seps) / sizeof(*seps); i++) {
		size_t k = strlen(seps[i]);
		if (n >= k && !memcmp(back ? s + n - k : s, seps[i], k))
			return k;
	}
	return 0;
}

static void trim(const char **s, size_t *n)
{
	size_t k;

	while ((k = sep_at(*s, *n, false))) {
		*s += k;
		*n -= k;
	}
	while ((k = sep_at(*s, *n, true)))
		*n -= k;
}

/* The length of a leading "By" (in the languages of the news) at s. */
static size_t by_prefix(const char *s, size_t n)
{
	static const char *const by[] = {"by",	 "par", "von", "por", "di",
					 "door", "av",	"af",  "de"};
	for (size_t i = 0; i < sizeof(by) / sizeof(*by); i++) {
		size_t k = strlen(by[i]);
		if (n > k + 1 && !strncasecmp(s, by[i], k) &&
		    (isspace((unsigned char)s[k]) || s[k] == ':'))
			return k + 1;
	}
	return 0;
}

static bool is_date_word(const char *s, size_t n)
{
	static const char *const words[] = {
		"january",  "february",	 "march",    "april",	  "may",
		"june",	    "july",	 "august",   "september", "october",
		"november", "december",	 "jan",	     "feb",	  "mar",
		"apr",	    "jun",	 "jul",	     "aug",	  "sep",
		"sept",	    "oct",	 "nov",	     "dec",	  "monday",
		"tuesday",  "wednesday", "thursday", "friday",	  "saturday",
		"sunday",   "mon",	 "tue",	     "wed",	  "thu",
		"fri",	    "sat",	 "sun",	     "on",	  "at",
		"updated",  "published", "posted",   "last",
	};
	if (n && s[n - 1] == '.')
		n--;
	for (size_t i = 0; i < sizeof(words) / sizeof(*words); i++)
		if (strlen(words[i]) == n && !strncasecmp(s, words[i], n))
			return true;
	return false;
}

/*
 * Cuts a date off the end of a name ("Nathan Willis March 25, 2015",
 * "Ann Lee, Updated 9:30"): at the first digit, then the month, weekday
 * and "on"/"updated" words before it.
 */
static void cut_date(const char *s, size_t *n)
{
	size_t k = 0;

	while (k < *n && !isdigit((unsigned char)s[k]))
		k++;
	if (k == *n)
		return;
	for (;;) {
		while (k &&
		       (isspace((unsigned char)s[k - 1]) || s[k - 1] == ','))
			k--;
		size_t w = k;
		while (w && !isspace((unsigned char)s[w - 1]))
			w--;
		if (w == k || !is_date_word(s + w, k - w))
			break;
		k = w;
	}
	if (k)
		*n = k;
}

/* Adds one name, without a leading "By" or a trailing date, and only
 * when it can be a name. */
static size_t add_name(struct article *a, const char *s, size_t n)
{
	size_t k;

	trim(&s, &n);
	if ((k = by_prefix(s, n))) {
		s += k;
		n -= k;
		trim(&s, &n);
	}
	cut_date(s, &n);
	trim(&s, &n);
	/* A sentence or a link is not a byline. */
	if (!n || n > 120 || is_web_address(s, n))
		return 0;
	return article_add_byline(a, s, n) ? 1 : 0;
}

/* Where the next separator of names starts in s, and its length. */
static const char *find_separator(const char *s, const char *end,
				  size_t *seplen)
{
	static const char *const seps[] = {" and ", " & ", ";",	  "|",
					   " und ", " y ", " et "};

	for (const char *p = s; p < end; p++) {
		for (size_t i = 0; i < sizeof(seps) / sizeof(*seps); i++) {
			size_t k = strlen(seps[i]);
			if ((size_t)(end - p) >= k &&
			    strncasecmp(p, seps[i], k) == 0) {
				*seplen = k;
				return p;
			}
		}
	}
	return NULL;
}

/* True when every comma-separated piece of s has two words or more, as
 * "Jane Doe, John Roe" has and "Doe, Jane" has not. */
static bool commas_separate_names(const char *s, size_t n)
{
	const char *end = s + n, *p = s;
	int pieces = 0;

	while (p < end) {
		const char *c = memchr(p, ',', end - p);
		const char *e = c ? c : end;
		int words = 0;
		bool in = false;
		for (const char *q = p; q < e; q++) {
			bool sp = isspace((unsigned char)*q);
			if (!sp && !in)
				words++;
			in = !sp;
		}
		if (words < 2)
			return false;
		pieces++;
		p = c ? c + 1 : end;
	}
	return pieces > 1;
}

size_t jm_add_byline_text(struct article *a, const char *s, size_t n)
{
	const char *end = s + n;
	size_t added = 0, seplen = 0;

	while (s < end) {
		const char *sep = find_separator(s, end, &seplen);
		const char *e = sep ? sep : end;
		if (commas_separate_names(s, e - s)) {
			while (s < e) {
				const char *c = memchr(s, ',', e - s);
				const char *ce = c ? c : e;
				added += add_name(a, s, ce - s);
				s = c ? c + 1 : e;
			}
		} else {
			added += add_name(a, s, e - s);
		}
		s = sep ? sep + seplen : end;
	}
	return added;
}

static size_t add_authors(struct article *a, const json_t *v, int depth)
{
	static const char *const name[] = {"name", "full_name", "fullName",
					   "display_name", NULL};
	size_t added = 0;
	const char *s;

	if (depth > JM_DEPTH)
		return 0;
	if ((s = jm_string(v)))
		return jm_add_byline_text(a, s, strlen(s));
	if (json_is_array(v)) {
		size_t i;
		json_t *e;
		json_array_foreach(v, i, e) added +=
			add_authors(a, e, depth + 1);
		return added;
	}
	if (!json_is_object(v))
		return 0;
	json_t *nm = jm_get(v, name);
	if (nm)
		return add_authors(a, nm, depth + 1);
	const char *given = jm_string(json_object_get(v, "givenName"));
	const char *family = jm_string(json_object_get(v, "familyName"));
	if (given && family) {
		char buf[256];
		int k = snprintf(buf, sizeof(buf), "%s %s", given, family);
		if (k > 0 && (size_t)k < sizeof(buf))
			return add_name(a, buf, k);
	}
	return 0;
}

size_t jm_add_authors(struct article *a, const json_t *v)
{
	return add_authors(a, v, 0);
}

static const char *image_url(const json_t *v, int depth)
{
	static const char *const url[] = {"url", "contentUrl", "src", "href",
					  NULL};
	const char *s;

	if (depth > JM_DEPTH)
		return NULL;
	if ((s = jm_string(v)))
		return s;
	if (json_is_array(v)) {
		size_t i;
		json_t *e;
		json_array_foreach(v, i, e)
		{
			if ((s = image_url(e, depth + 1)))
				return s;
		}
		return NULL;
	}
	return image_url(jm_get(v, url), depth + 1);
}

const char *jm_image_url(const json_t *v)
{
	return image_url(v, 0);
}

bool jm_set_date(struct article *a, const json_t *v)
{
	char iso[DATE_ISO_MAX];
	const char *s = jm_string(v);

	if (s) {
		size_t n = strlen(s);
		if (!date_parse(s, n, iso) && !date_find(s, n, iso))
			return false;
	} else if (json_is_integer(v) || json_is_real(v)) {
		double t = json_number_value(v);
		/* Milliseconds since the epoch are common in JavaScript. */
		if (t > 1e11)
			t /= 1000;
		/* Plausible publication times only: 1990 to 2200. */
		if (t < 631152000.0 || t > 7258118400.0)
			return false;
		time_t tt = (time_t)t;
		struct tm tm;
		if (!gmtime_r(&tt, &tm) ||
		    !strftime(iso, sizeof(iso), "%Y-%m-%dT%H:%M:%SZ", &tm))
			return false;
	} else {
		return false;
	}
	a->date = article_strdup(a, iso);
	return a->date != NULL;
}

/* True when the line at s (up to end) holds only white space. */
static bool blank_line(const char *s, const char *end)
{
	for (; s < end && *s != '\n'; s++)
		if (!isspace((unsigned char)*s))
			return false;
	return true;
}

size_t jm_add_body_text(struct article *a, const char *s, size_t n)
{
	const char *end = s + n, *p;
	bool blank = false;
	size_t added = 0;

	/* Is there a blank line between two non-blank ones? */
	for (p = s; p < end;) {
		const char *nl = memchr(p, '\n', end - p);
		if (!nl)
			break;
		if (blank_line(nl + 1, end) && nl + 1 < end) {
			blank = true;
			break;
		}
		p = nl + 1;
	}
	const char *start = s;
	for (p = s; p <= end; p++) {
		bool cut;
		if (p == end)
			cut = true;
		else if (*p != '\n')
			continue;
		else
			cut = !blank || blank_line(p + 1, end);
		if (!cut)
			continue;
		if (article_add_paragraph(a, start, p - start, PARA_TEXT))
			added++;
		start = p + 1;
	}
	return added;
}
