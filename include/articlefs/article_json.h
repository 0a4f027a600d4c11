/*
 * article_json.h - an article as the JSON of article.json (SPEC
 * "article.json"), which is also what articlefs-extract prints.
 */
#ifndef ARTICLEFS_ARTICLE_JSON_H
#define ARTICLEFS_ARTICLE_JSON_H

#include <stdbool.h>

#include "articlefs/model.h"

/*
 * The article as a malloc'd JSON text without a trailing newline: compact
 * on one line, or indented when pretty.  name is the story's directory name.
 * NULL only when memory runs out.
 */
char *article_to_json(const struct article *a, const char *name, bool pretty);

/* The {"source": ..., "error": ...} line for a source that yields nothing. */
char *error_to_json(const char *source, const char *error);

#endif
