/*
 * source.c - format detection, and the dispatch from a source's bytes to
 * its records (for naming) and to full articles (for reading).
 *
 * This is the one place that knows which parser serves which format, so the
 * collection and articlefs-extract treat every format alike.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "articlefs/analyze.h"
#include "articlefs/limits.h"
#include "articlefs/source.h"
#include "articlefs/utf8.h"

/* How much of a text or HTML file naming reads. */
#define TEXT_SCAN_BYTES 4096
#define HTML_SCAN_BYTES 65536

static const char *const format_names[] = {
	[FORMAT_AUTO] = "auto",
	[FORMAT_TEXT] = "text",
	[FORMAT_HTML] = "html",
	[FORMAT_JSON] = "json",
};

const char *format_name(enum format f)
{
	return format_names[f];
}

int format_from_name(const char *name)
{
	for (size_t i = 0; i < sizeof(format_names) / sizeof(*format_names);
	     i++)
		if (strcmp(name, format_names[i]) == 0)
			return (int)i;
	return -1;
}

static const char *extension(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *dot = strrchr(slash ? slash + 1 : path, '.');
	return dot && dot != (slash ? slash + 1 : path) ? dot + 1 : "";
}

bool path_is_json_lines(const char *path)
{
	const char *ext = extension(path);
	return strcasecmp(ext, "jsonl") == 0 || strcasecmp(ext, "ndjson") == 0;
}

bool looks_like_text(const char *buf, size_t n)
{
	size_t controls = 0;

	if (memchr(buf, '\0', n))
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = buf[i];
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' &&
		    c != '\f' && c != '\v' && c != 0x1B)
			controls++;
	}
	/* A stray Latin-1 byte or two is repaired; a file where one byte in
	 * twenty is not UTF-8 is in some other encoding or not text. */
	return controls * 100 <= n && utf8_count_invalid(buf, n) * 20 <= n;
}

/* Skips white space and a UTF-8 byte order mark. */
static const char *skip_lead(const char *s, size_t n)
{
	const char *end = s + n;
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		s += 3;
	while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
		s++;
	return s;
}

static bool starts_with_ci(const char *s, const char *end, const char *p)
{
	size_t n = strlen(p);
	return (size_t)(end - s) >= n && strncasecmp(s, p, n) == 0;
}

enum format format_detect(enum format f, const char *path, const char *head,
			  size_t n)
{
	static const struct {
		const char *ext;
		enum format f;
	} by_ext[] = {
		{"txt", FORMAT_TEXT},	{"text", FORMAT_TEXT},
		{"md", FORMAT_TEXT},	{"markdown", FORMAT_TEXT},
		{"html", FORMAT_HTML},	{"htm", FORMAT_HTML},
		{"xhtml", FORMAT_HTML}, {"json", FORMAT_JSON},
		{"jsonl", FORMAT_JSON}, {"ndjson", FORMAT_JSON},
	};

	if (f != FORMAT_AUTO)
		return f;
	const char *ext = extension(path);
	for (size_t i = 0; i < sizeof(by_ext) / sizeof(*by_ext); i++)
		if (strcasecmp(ext, by_ext[i].ext) == 0)
			return by_ext[i].f;
	const char *s = skip_lead(head, n), *end = head + n;
	if (s == end)
		return FORMAT_AUTO;
	if (*s == '{' || *s == '[')
		return FORMAT_JSON;
	if (starts_with_ci(s, end, "<!doctype html") ||
	    starts_with_ci(s, end, "<html") ||
	    starts_with_ci(s, end, "<head") ||
	    starts_with_ci(s, end, "<body") || starts_with_ci(s, end, "<!--") ||
	    starts_with_ci(s, end, "<?xml") ||
	    starts_with_ci(s, end, "<meta") ||
	    starts_with_ci(s, end, "<article"))
		return FORMAT_HTML;
	return looks_like_text(head, n) ? FORMAT_TEXT : FORMAT_AUTO;
}

void record_list_free(struct record_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].headline);
		free(l->v[i].error);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

bool record_list_is_many(const char *path, const struct record_list *l)
{
	return l->n > 1 || path_is_json_lines(path);
}

char *record_source(const char *path, const struct record_list *l, size_t i)
{
	char *s = NULL;
	if (!record_list_is_many(path, l))
		return strdup(path);
	return asprintf(&s, "%s#%zu", path, i + 1) < 0 ? NULL : s;
}

size_t source_scan_bytes(enum format f)
{
	switch (f) {
	case FORMAT_TEXT:
		return TEXT_SCAN_BYTES;
	case FORMAT_HTML:
		return HTML_SCAN_BYTES;
	default:
		return 0;
	}
}

static bool only_space(const char *buf, size_t len)
{
	return skip_lead(buf, len) == buf + len;
}

/* The records of a source, and with `names` the headline of each. */
static int scan(enum format f, const char *path, const char *buf, size_t len,
		bool complete, bool names, struct record_list *out, char **err)
{
	char *headline = NULL;

	out->v = NULL;
	out->n = 0;
	if (only_space(buf, len) && complete) {
		*err = strdup(len ? "empty file: only white space"
				  : "empty file");
		return -1;
	}
	switch (f) {
	case FORMAT_JSON:
		if (!complete) {
			*err = strdup("JSON source read only in part");
			return -1;
		}
		return json_scan(buf, len, path_is_json_lines(path), out, err);
	case FORMAT_TEXT:
		if (!looks_like_text(buf, len)) {
			*err = strdup(
				"not UTF-8 text and no HTML or JSON found");
			return -1;
		}
		headline = names ? text_peek_headline(buf, len) : NULL;
		break;
	case FORMAT_HTML:
		headline = names ? html_peek_headline(buf, len) : NULL;
		break;
	default:
		*err = strdup("not UTF-8 text and no HTML or JSON found");
		return -1;
	}
	out->v = calloc(1, sizeof(*out->v));
	if (!out->v) {
		free(headline);
		*err = strdup("out of memory");
		return -1;
	}
	out->n = 1;
	out->v[0].length = len;
	out->v[0].headline = headline;
	return 0;
}

int source_scan(enum format f, const char *path, const char *buf, size_t len,
		bool complete, struct record_list *out, char **err)
{
	return scan(f, path, buf, len, complete, true, out, err);
}

int source_records(enum format f, const char *path, const char *buf, size_t len,
		   struct record_list *out, char **err)
{
	return scan(f, path, buf, len, true, false, out, err);
}

struct article *source_parse(enum format f, const char *path, const char *buf,
			     size_t len, const struct record *r,
			     const char *source, char **err)
{
	struct article *a = NULL;

	switch (f) {
	case FORMAT_TEXT:
		if (!looks_like_text(buf, len)) {
			*err = strdup(
				"not UTF-8 text and no HTML or JSON found");
			return NULL;
		}
		a = parse_text(buf, len, source, err);
		break;
	case FORMAT_HTML:
		a = parse_html(buf, len, source, err);
		break;
	case FORMAT_JSON:
		if (path_is_json_lines(path)) {
			if (r->offset > len || r->length > len - r->offset) {
				*err = strdup("the file changed under us");
				return NULL;
			}
			a = parse_json(buf + r->offset, r->length, 0, source,
				       err);
		} else {
			a = parse_json(buf, len, r->index, source, err);
		}
		break;
	default:
		*err = strdup("not UTF-8 text and no HTML or JSON found");
		return NULL;
	}
	if (!a)
		return NULL;
	if (!*a->headline && a->n_paragraphs == 0) {
		article_free(a);
		*err = strdup("no headline and no article text found");
		return NULL;
	}
	if (analyze_article(a) < 0) {
		article_free(a);
		*err = strdup("out of memory");
		return NULL;
	}
	return a;
}

static char *errno_message(const char *what)
{
	char *m = NULL;
	if (asprintf(&m, "%s: %s", what, strerror(errno)) < 0)
		return NULL;
	return m;
}

char *read_source(const char *path, size_t head, size_t max, size_t *len,
		  bool *complete, char **err)
{
	struct stat st;
	char *buf = NULL;
	size_t want, got = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);

	if (fd < 0) {
		*err = errno_message("cannot open");
		return NULL;
	}
	if (fstat(fd, &st) < 0) {
		*err = errno_message("cannot stat");
		goto fail;
	}
	if (!S_ISREG(st.st_mode)) {
		*err = strdup("not a regular file");
		goto fail;
	}
	if (!head && max && (size_t)st.st_size > max) {
		char lim[32];
		limits_size_text(lim, sizeof(lim), max);
		if (asprintf(err, "larger than the %s limit (%jd bytes)", lim,
			     (intmax_t)st.st_size) < 0)
			*err = NULL;
		goto fail;
	}
	want = (size_t)st.st_size;
	if (head && want > head)
		want = head;
	buf = malloc(want + 1);
	if (!buf) {
		*err = strdup("out of memory");
		goto fail;
	}
	while (got < want) {
		ssize_t k = read(fd, buf + got, want - got);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0) {
			*err = errno_message("cannot read");
			goto fail;
		}
		if (k == 0)
			break; /* the file shrank while we read */
		got += k;
	}
	close(fd);
	buf[got] = '\0';
	*len = got;
	if (complete)
		*complete = got == (size_t)st.st_size || !head;
	return buf;
fail:
	free(buf);
	close(fd);
	return NULL;
}
