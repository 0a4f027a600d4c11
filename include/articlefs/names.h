/*
 * names.h - the base name of a story directory, before collisions are
 * numbered: the headline's slug, else the source file's stem (SPEC
 * "Names").  Shared by the mount and articlefs-extract so both agree.
 */
#ifndef ARTICLEFS_NAMES_H
#define ARTICLEFS_NAMES_H

#include <stdbool.h>
#include <stddef.h>

#include "articlefs/slug.h"

/* Room for a base name plus a collision suffix ("-12345"). */
#define NAME_MAX_BYTES (SLUG_MAX + 24)

/*
 * Writes the base name of a story into out (NAME_MAX_BYTES): the slug of
 * headline (may be NULL) unless by_source is set or it slugs to nothing;
 * then the slug of path's file stem; then "story".  A record of a
 * many-article file (record > 0, counting from 1) named after its file gets
 * "-N" appended so that its name differs from its siblings'.
 */
void story_base_name(const char *headline, const char *path, size_t record,
		     bool by_source, char *out);

#endif
