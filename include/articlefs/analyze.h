/*
 * analyze.h - who said what: quotations, their speakers, and the people a
 * story names.
 *
 * The analysis reads only an article's paragraphs (and headline and
 * standfirst for context), so it serves every input format alike.  It fills
 * a->quotes and a->people; it changes nothing else.  It runs once per parse,
 * before the article is shared, and runs in time linear in the text.
 */
#ifndef ARTICLEFS_ANALYZE_H
#define ARTICLEFS_ANALYZE_H

#include <stdbool.h>

#include "articlefs/model.h"

/* Returns 0, or -1 when memory runs out (the article is then unchanged
 * apart from what was already added). */
int analyze_article(struct article *a);

/* False skips the analysis everywhere (quotes and people stay empty): set
 * once at start-up, by articlefs-extract --no-analysis, to measure what the
 * analysis costs against the parse alone. */
extern bool analysis_enabled;

#endif
