/* gcc- and msvc-style text output; see include/drvlint/output.h. */
#include "output_priv.h"

#include <stdlib.h>

#define BOLD "\033[1m"
#define GREEN "\033[1;32m"
#define RESET "\033[0m"

/* gcc's colours for the level word. */
static const char *level_color(dl_level l)
{
	switch (l) {
	case DL_LEVEL_ERROR:
		return "\033[1;31m";
	case DL_LEVEL_WARNING:
		return "\033[1;35m";
	case DL_LEVEL_NOTE:
		return "\033[1;36m";
	default:
		return "";
	}
}

/* "path:line:col: level: "; a location without a file is the tool's own. */
static void gcc_prefix(FILE *out, const dl_report *r, const dl_loc *loc, dl_level level)
{
	char *path = loc->file ? dl_display_path(r->srcroot, loc->file) : NULL;
	if (r->color)
		fputs(BOLD, out);
	if (path)
		fprintf(out, "%s:%u:%u:", path, loc->line, loc->column);
	else
		fputs("drvlint:", out);
	if (r->color)
		fprintf(out, RESET " %s%s:" RESET " ", level_color(level), dl_level_name(level));
	else
		fprintf(out, " %s: ", dl_level_name(level));
	free(path);
}

/* The line of loc and a caret under its column, as clang shows them. */
static void put_source(FILE *out, const dl_report *r, dl_srccache *cache, const dl_loc *loc)
{
	dl_srcfile *f = loc->file ? dl_srccache_get(cache, loc->file) : NULL;
	const char *line;
	size_t len, i;
	int width;
	if (!f || !(line = dl_srcfile_line(f, loc->line, &len)))
		return;
	width = snprintf(NULL, 0, "%u", loc->line);
	if (width < 5)
		width = 5;
	fprintf(out, "%*u | ", width, loc->line);
	fwrite(line, 1, len, out);
	fprintf(out, "\n%*s | ", width, "");
	/* Tabs stay tabs so the caret lines up however the terminal expands them;
	 * UTF-8 continuation bytes take no column. */
	for (i = 0; i + 1 < loc->column && i < len; i++)
		if ((line[i] & 0xC0) != 0x80)
			fputc(line[i] == '\t' ? '\t' : ' ', out);
	fprintf(out, "%s^%s\n", r->color ? GREEN : "", r->color ? RESET : "");
}

int dl_write_gcc(FILE *out, const dl_report *r)
{
	dl_srccache *cache = r->show_source ? dl_srccache_new() : NULL;
	size_t i, k;
	for (i = 0; i < r->findings->count; i++) {
		const dl_finding *f = &r->findings->items[i];
		if (!dl_report_counts(r, i))
			continue;
		gcc_prefix(out, r, &f->loc, f->level);
		fprintf(out, "%s [%s]\n", f->message, f->rule->id);
		if (cache)
			put_source(out, r, cache, &f->loc);
		for (k = 0; k < f->nsteps; k++) {
			gcc_prefix(out, r, &f->steps[k].loc, DL_LEVEL_NOTE);
			fprintf(out, "%s\n", f->steps[k].message);
		}
	}
	dl_srccache_free(cache);
	return fflush(out) == EOF || ferror(out) ? DL_ERR_IO : DL_OK;
}

static void msvc_loc(FILE *out, const dl_report *r, const dl_loc *loc)
{
	char *path;
	if (!loc->file) {
		fputs("drvlint", out);
		return;
	}
	path = dl_display_path(r->srcroot, loc->file);
	fprintf(out, "%s(%u,%u)", path, loc->line, loc->column);
	free(path);
}

int dl_write_msvc(FILE *out, const dl_report *r)
{
	size_t i, k;
	for (i = 0; i < r->findings->count; i++) {
		const dl_finding *f = &r->findings->items[i];
		if (!dl_report_counts(r, i))
			continue;
		msvc_loc(out, r, &f->loc);
		fprintf(out, ": %s %s: %s\n", dl_level_name(f->level), f->rule->id, f->message);
		for (k = 0; k < f->nsteps; k++) {
			msvc_loc(out, r, &f->steps[k].loc);
			fprintf(out, ": note: %s\n", f->steps[k].message);
		}
	}
	return fflush(out) == EOF || ferror(out) ? DL_ERR_IO : DL_OK;
}
