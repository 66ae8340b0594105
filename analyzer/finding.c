/* The finding model; see include/drvlint/finding.h. */
#include "drvlint/finding.h"
#include "drvlint/rules.h"

#include <stdlib.h>
#include <string.h>

static const char *const level_names[] = {"none", "note", "warning", "error"};

const char *dl_level_name(dl_level l)
{
	return (unsigned)l < 4 ? level_names[l] : "none";
}

int dl_level_parse(const char *s, dl_level *out)
{
	int i;
	for (i = 0; i < 4; i++)
		if (!strcmp(s, level_names[i])) {
			*out = (dl_level)i;
			return DL_OK;
		}
	return DL_ERR_USAGE;
}

void dl_findings_add(dl_findings *fs, const dl_rule *rule, dl_level level,
		     const dl_loc *loc, const char *message,
		     const dl_step *steps, size_t nsteps)
{
	dl_finding *f;
	size_t i;
	DL_GROW(fs->items, fs->cap, fs->count + 1);
	f = &fs->items[fs->count++];
	f->rule = rule;
	f->level = level;
	f->message = dl_xstrdup(message);
	dl_loc_copy(&f->loc, loc);
	f->nsteps = nsteps;
	f->steps = nsteps ? dl_xcalloc(nsteps, sizeof(dl_step)) : NULL;
	for (i = 0; i < nsteps; i++) {
		dl_loc_copy(&f->steps[i].loc, &steps[i].loc);
		f->steps[i].message = dl_xstrdup(steps[i].message ? steps[i].message : "");
	}
}

static int strcmp0(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "");
}

static int cmp_finding(const void *pa, const void *pb)
{
	const dl_finding *a = pa, *b = pb;
	int c = strcmp0(a->loc.file, b->loc.file);
	if (c)
		return c;
	if (a->loc.line != b->loc.line)
		return a->loc.line < b->loc.line ? -1 : 1;
	if (a->loc.column != b->loc.column)
		return a->loc.column < b->loc.column ? -1 : 1;
	if ((c = strcmp(a->rule->id, b->rule->id)))
		return c;
	return strcmp(a->message, b->message);
}

void dl_steps_free(dl_step *steps, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		dl_loc_free(&steps[i].loc);
		free(steps[i].message);
	}
	free(steps);
}

static void finding_free(dl_finding *f)
{
	free(f->message);
	dl_loc_free(&f->loc);
	dl_steps_free(f->steps, f->nsteps);
}

void dl_findings_sort_unique(dl_findings *fs)
{
	size_t i, out = 0;
	if (fs->count < 2)
		return;
	qsort(fs->items, fs->count, sizeof(dl_finding), cmp_finding);
	for (i = 0; i < fs->count; i++) {
		if (out && cmp_finding(&fs->items[out - 1], &fs->items[i]) == 0) {
			finding_free(&fs->items[i]);
			continue;
		}
		fs->items[out++] = fs->items[i];
	}
	fs->count = out;
}

void dl_findings_truncate(dl_findings *fs, size_t count)
{
	while (fs->count > count)
		finding_free(&fs->items[--fs->count]);
}

void dl_findings_clear(dl_findings *fs)
{
	dl_findings_truncate(fs, 0);
	free(fs->items);
	fs->items = NULL;
	fs->cap = 0;
}
