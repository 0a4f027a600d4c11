/*
 * analyze.c - who said what: runs the analysis over one parsed article.
 *
 * The steps and their scratch are described in textscan.h; this file only
 * orders them and frees what they used.  The analysis reads paragraphs
 * (and the headline and standfirst, for mentions), so every input format
 * is served alike.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "articlefs/analyze.h"
#include "articlefs/textscan.h"

void analysis_free(struct analysis *an)
{
	free(an->toks.t);
	free(an->pt);
	free(an->q);
	free(an->m);
	if (an->pi)
		for (size_t p = 0; p < an->cap_pi; p++) {
			for (size_t k = 0; k < an->pi[p].n_titles; k++)
				free(an->pi[p].titles_lc[k]);
			free(an->pi[p].titles_lc);
		}
	free(an->pi);
	free(an->orgs);
}

bool analysis_enabled = true;

int analyze_article(struct article *a)
{
	struct analysis an = {.a = a};
	int rc = -1;

	if (!a->n_paragraphs || !analysis_enabled)
		return 0;
	an.pt = calloc(a->n_paragraphs, sizeof(*an.pt));
	if (!an.pt)
		return -1;
	if (quotes_find(&an) < 0)
		goto out;
	/* Room for a typical story's tokens up front: fewer reallocs (and
	 * some room even for a story of no paragraphs: no malloc(0)). */
	an.cap_toks = 8;
	for (size_t p = 0; p < a->n_paragraphs; p++)
		if (a->paragraphs[p].len <= UINT32_MAX) /* else no tokens */
			an.cap_toks += a->paragraphs[p].len / 5 + 8;
	an.toks.t = malloc(an.cap_toks * sizeof(*an.toks.t));
	if (!an.toks.t)
		goto out;
	for (size_t p = 0; p < a->n_paragraphs; p++)
		if (scan_tokens(&an, p) < 0)
			goto out;
	/* The array has stopped moving: each paragraph gets its part. */
	for (size_t p = 0, at = 0; p < a->n_paragraphs; at += an.pt[p++].n)
		an.pt[p].t = an.toks.t + at;
	if (people_find(&an) < 0 || quotes_attribute(&an) < 0 ||
	    quotes_emit(&an) < 0)
		goto out;
	rc = 0;
out:
	analysis_free(&an);
	return rc;
}
