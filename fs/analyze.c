/*
 * analyze.c - quotations and people (placeholder until the analysis lands:
 * stories get empty quotes/ and people/).
 */
#include "articlefs/analyze.h"

int analyze_article(struct article *a)
{
	(void)a;
	return 0;
}
