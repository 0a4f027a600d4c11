/*
 * source.h - from a source file's bytes to stories.
 *
 * A source file holds one story (text, HTML, a .json object) or many (a
 * .json array, JSON Lines).  Mounting needs only the records and their
 * headlines (to name the story directories); the full parse of a record
 * waits until its story is first opened.  Both steps work on bytes in
 * memory and know nothing of FUSE or of the file system.
 *
 * Errors come back as a malloc'd message the caller frees, saying why in
 * words a person can act on ("empty file", "not UTF-8 text and no HTML or
 * JSON found"); the caller prefixes the source path.
 */
#ifndef ARTICLEFS_SOURCE_H
#define ARTICLEFS_SOURCE_H

#include <stdbool.h>
#include <stddef.h>

#include "articlefs/model.h"

enum format {
	FORMAT_AUTO,
	FORMAT_TEXT,
	FORMAT_HTML,
	FORMAT_JSON,
};

/* "auto", "text", "html", "json"; and back (-1 for an unknown name). */
const char *format_name(enum format f);
int format_from_name(const char *name);

/*
 * The format of a source: forced when f is not FORMAT_AUTO, else from the
 * path's extension, else by sniffing the first n bytes at head.  Returns
 * FORMAT_AUTO when the bytes look like none of them (binary, empty).
 */
enum format format_detect(enum format f, const char *path, const char *head,
			  size_t n);

/* True when the path's extension says JSON Lines (.jsonl, .ndjson). */
bool path_is_json_lines(const char *path);

/*
 * One story inside a source file.  For JSON Lines, offset and length frame
 * the record's line; for a .json array, index is the element; for a
 * one-story file the record is the whole file (index 0).  headline is what
 * naming uses (malloc'd, possibly NULL when the record has none); error is
 * set (malloc'd) when the record is already known to be unusable.
 */
struct record {
	size_t offset;
	size_t length;
	size_t index;
	char *headline;
	char *error;
};

struct record_list {
	struct record *v;
	size_t n;
};

void record_list_free(struct record_list *l);

/*
 * What a record's source field says: the path itself for a one-story file,
 * "path#N" (N from 1) for a record of a JSON Lines file or of a file that
 * holds more than one story.  malloc'd; NULL when memory runs out.
 */
char *record_source(const char *path, const struct record_list *l, size_t i);
bool record_list_is_many(const char *path, const struct record_list *l);

/*
 * How many bytes of a file naming needs at most, for a format: scanning
 * reads no more than this of a text or HTML file.  0 means the whole file
 * (JSON, where the records must be found).
 */
size_t source_scan_bytes(enum format f);

/*
 * Finds the records of a source and the headline of each.  buf holds the
 * first len bytes of the file (all of it, or at least source_scan_bytes());
 * complete says which.  Returns 0, or -1 with *err set when the source
 * yields no story at all.
 */
int source_scan(enum format f, const char *path, const char *buf, size_t len,
		bool complete, struct record_list *out, char **err);

/*
 * Like source_scan() on a whole file, for callers that parse every record
 * anyway (articlefs-extract): the records without their naming headlines,
 * which for a page would mean parsing it twice.
 */
int source_records(enum format f, const char *path, const char *buf, size_t len,
		   struct record_list *out, char **err);

/*
 * Parses one record in full (buf is the whole file) and analyses it for
 * quotes and people.  source is what the article's source field says.
 * Returns the article, or NULL with *err set.
 */
struct article *source_parse(enum format f, const char *path, const char *buf,
			     size_t len, const struct record *r,
			     const char *source, char **err);

/* The parsers behind source_scan() and source_parse(), one per format. */
char *text_peek_headline(const char *buf, size_t len);
struct article *parse_text(const char *buf, size_t len, const char *source,
			   char **err);
char *html_peek_headline(const char *buf, size_t len);
struct article *parse_html(const char *buf, size_t len, const char *source,
			   char **err);
/* Records of a .json (lines false) or JSON Lines (lines true) file. */
int json_scan(const char *buf, size_t len, bool lines, struct record_list *out,
	      char **err);
/* Record index of a .json document, or the single record a line holds. */
struct article *parse_json(const char *buf, size_t len, size_t index,
			   const char *source, char **err);

/*
 * Reads a file into a malloc'd, NUL-terminated buffer of *len bytes: all of
 * it when head is 0, else at most head bytes (*complete tells whether that
 * was all).  A file larger than max (0: no limit) is refused when read
 * whole.  Returns NULL with *err set ("cannot read: Permission denied",
 * "larger than the 64 MiB limit").
 */
char *read_source(const char *path, size_t head, size_t max, size_t *len,
		  bool *complete, char **err);

/* True when the n bytes at buf look like text: no NUL bytes, and few
 * bytes that are not valid UTF-8 or are control characters. */
bool looks_like_text(const char *buf, size_t n);

#endif
