/*
 * extract.c - articlefs-extract: the parser without the file system.
 *
 * Prints one JSON object per article, as JSON Lines in input order, with
 * the schema of article.json.  A source (or a record of a many-article
 * file) that yields nothing prints {"source", "error"} instead, the rest
 * are still printed, and the exit status is then 1.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/article_json.h"
#include "articlefs/analyze.h"
#include "articlefs/limits.h"
#include "articlefs/names.h"
#include "articlefs/source.h"

static void usage(FILE *f)
{
	fputs("usage: articlefs-extract [--format=auto|text|html|json] "
	      "[--pretty] [--no-analysis] [LIMITS] FILE...\n"
	      "Parses news articles and prints each as a line of JSON.\n"
	      "LIMITS, as the mount options of the same names:\n"
	      "  --maxsize=BYTES --maxdepth=N --maxparagraphs=N "
	      "--maxquotes=N\n"
	      "  --maxpeople=N --maximages=N\n",
	      f);
}

static void print_error(const char *source, const char *why)
{
	char *line = error_to_json(source, why ? why : "unknown error");
	if (line)
		puts(line);
	free(line);
	fprintf(stderr, "articlefs-extract: %s: %s\n", source,
		why ? why : "unknown error");
}

/* Reads all of standard input, for the file name "-". */
static char *read_stdin(size_t *len, char **err)
{
	size_t cap = 65536, n = 0;
	char *buf = malloc(cap + 1);
	while (buf) {
		size_t k = fread(buf + n, 1, cap - n, stdin);
		n += k;
		if (n > limits.max_source_bytes) {
			char lim[32];
			free(buf);
			limits_size_text(lim, sizeof(lim),
					 limits.max_source_bytes);
			if (asprintf(err, "larger than the %s limit", lim) < 0)
				*err = NULL;
			return NULL;
		}
		if (k == 0)
			break;
		if (n == cap) {
			char *nb = realloc(buf, 2 * cap + 1);
			if (!nb)
				break;
			buf = nb;
			cap *= 2;
		}
	}
	if (!buf) {
		*err = strdup("out of memory");
		return NULL;
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}

/* Extracts every article of one file; returns how many records failed. */
static int extract_file(const char *path, enum format forced, bool pretty)
{
	size_t len;
	char *err = NULL;
	int failed = 0;
	bool is_stdin = strcmp(path, "-") == 0;
	char *buf = is_stdin ? read_stdin(&len, &err)
			     : read_source(path, 0, limits.max_source_bytes,
					   &len, NULL, &err);
	if (!buf) {
		print_error(path, err);
		free(err);
		return 1;
	}
	enum format f = format_detect(forced, is_stdin ? "" : path, buf, len);
	struct record_list recs;
	if (source_records(f, path, buf, len, &recs, &err) < 0) {
		print_error(path, err);
		free(err);
		free(buf);
		return 1;
	}
	for (size_t i = 0; i < recs.n; i++) {
		const struct record *r = &recs.v[i];
		char *source = record_source(path, &recs, i);
		struct article *a = NULL;
		err = r->error ? strdup(r->error) : NULL;
		if (!err && source)
			a = source_parse(f, path, buf, len, r, source, &err);
		if (!a) {
			print_error(source ? source : path,
				    err ? err : "out of memory");
			failed++;
		} else {
			char name[NAME_MAX_BYTES];
			story_base_name(a->headline, path,
					record_list_is_many(path, &recs) ? i + 1
									 : 0,
					false, name);
			char *json = article_to_json(a, name, pretty);
			if (json)
				puts(json);
			else
				print_error(source, "out of memory");
			failed += !json;
			free(json);
			article_free(a);
		}
		free(err);
		free(source);
	}
	record_list_free(&recs);
	free(buf);
	return failed;
}

int main(int argc, char **argv)
{
	static const struct option options[] = {
		{"format", required_argument, NULL, 'f'},
		{"pretty", no_argument, NULL, 'p'},
		{"no-analysis", no_argument, NULL, 'n'},
		{"help", no_argument, NULL, 'h'},
		{"maxsize", required_argument, NULL, 'l'},
		{"maxdepth", required_argument, NULL, 'l'},
		{"maxparagraphs", required_argument, NULL, 'l'},
		{"maxquotes", required_argument, NULL, 'l'},
		{"maxpeople", required_argument, NULL, 'l'},
		{"maximages", required_argument, NULL, 'l'},
		{NULL, 0, NULL, 0},
	};
	enum format forced = FORMAT_AUTO;
	bool pretty = false;
	int c, f, which;
	char *setting, *err;

	while ((c = getopt_long(argc, argv, "h", options, &which)) != -1) {
		switch (c) {
		case 'l':
			if (asprintf(&setting, "%s=%s", options[which].name,
				     optarg) < 0)
				return 2;
			f = limits_set(setting, &err);
			free(setting);
			if (f <= 0) {
				fprintf(stderr, "articlefs-extract: %s\n",
					err ? err : "out of memory");
				free(err);
				return 2;
			}
			break;
		case 'f':
			if ((f = format_from_name(optarg)) < 0) {
				fprintf(stderr,
					"articlefs-extract: unknown format '%s'"
					" (auto, text, html or json)\n",
					optarg);
				return 2;
			}
			forced = (enum format)f;
			break;
		case 'p':
			pretty = true;
			break;
		case 'n':
			analysis_enabled = false;
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (optind == argc) {
		usage(stderr);
		return 2;
	}
	int failed = 0;
	for (int i = optind; i < argc; i++)
		failed += extract_file(argv[i], forced, pretty);
	return failed ? 1 : 0;
}
