/*
 * analyze.c - who said what: runs the analysis over one parsed article.
 *
 * The steps and their scratch are described in textscan.h; this file only
 * orders them and frees what they used.  The analysis reads paragraphs
 * (and the headline and standfirst, for mentions), so every input format
 * is served alike.
 */
#include <stdlib.h>
#include <string.h>

#include "articlefs/analyze.h"
#include "articlefs/textscan.h"

void analysis_free(struct analysis *an)
{
	if (an->pt)
		for (size_t p = 0; p < an->a->n_paragraphs; p++)
			free(an->pt[p].t);
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
	for (size_t p = 0; p < a->n_paragraphs; p++)
		if (scan_tokens(&an, p) < 0)
			goto out;
	if (people_find(&an) < 0 || quotes_attribute(&an) < 0 ||
	    quotes_emit(&an) < 0)
		goto out;
	rc = 0;
out:
	analysis_free(&an);
	return rc;
}
