/* What a run reports of its findings (include/drvlint/results.h). */
#include "drvlint/results.h"
#include "drvlint/suppress.h"
#include "output_priv.h"

#include <stdlib.h>
#include <string.h>

/* The suppression machinery reports through two rules of its own: they have
 * no check (init is NULL) and are produced here, after the analysis. */
const dl_rule dl_rule_invalid_suppression = {
	.id = "invalid-suppression",
	.name = "InvalidSuppression",
	.summary = "A drvlint suppression comment is malformed: no rule id, an unknown rule, or no reason",
	.description = "A '// drvlint: ignore[rule-id] reason' comment that names no rule, names an unknown "
		       "rule, gives no reason, or a begin-ignore without its end-ignore. It suppresses nothing.",
	.level = DL_LEVEL_WARNING,
	.tags = "maintainability",
	.precision = "very-high",
};

const dl_rule dl_rule_unused_suppression = {
	.id = "unused-suppression",
	.name = "UnusedSuppression",
	.summary = "A drvlint suppression comment matches no finding (with --report-unused-suppressions)",
	.description = "A suppression whose rule reports nothing on the lines it covers: the code was fixed "
		       "or moved, and the comment would silently hide a future finding there.",
	.level = DL_LEVEL_NOTE,
	.tags = "maintainability",
	.precision = "very-high",
};

/* The suppressions of one file. */
struct supfile {
	char *path;                /* as the findings name it */
	dl_suppressions s;
	unsigned char *used;       /* per item */
};

struct supps {
	dl_index *byname;
	struct supfile *files;
	size_t n, cap;
	dl_srccache *cache;
};

static struct supfile *scan(struct supps *sp, const char *path)
{
	dl_srcfile *src;
	size_t at;
	if (dl_index_get(sp->byname, path, &at))
		return &sp->files[at];
	DL_GROW(sp->files, sp->cap, sp->n + 1);
	memset(&sp->files[sp->n], 0, sizeof(sp->files[sp->n]));
	sp->files[sp->n].path = dl_xstrdup(path);
	if ((src = dl_srccache_get(sp->cache, path)) != NULL)
		dl_suppressions_parse(src->text, src->len, &sp->files[sp->n].s);
	sp->files[sp->n].used = dl_xcalloc(sp->files[sp->n].s.count + 1, 1);
	dl_index_put(sp->byname, path, sp->n);
	return &sp->files[sp->n++];
}

static int is_own_rule(const dl_rule *r)
{
	return r == &dl_rule_invalid_suppression || r == &dl_rule_unused_suppression;
}

static void report_at(dl_findings *fs, const dl_rule *rule, const char *file, const dl_suppression *s,
		      const char *message)
{
	dl_loc loc = {(char *)file, s->line, s->column};
	dl_findings_add(fs, rule, rule->level, &loc, message, NULL, 0);
}

/* invalid-suppression findings for the malformed comments of one file. */
static void report_invalid(dl_findings *fs, const struct supfile *f)
{
	size_t i;
	for (i = 0; i < f->s.count; i++) {
		const dl_suppression *s = &f->s.items[i];
		char *msg = NULL;
		if (s->problem)
			msg = dl_xprintf("malformed suppression: %s", s->problem);
		else if (!dl_rule_find(s->rule))
			msg = dl_xprintf("suppression names an unknown rule '%s' (see drvlint --list-rules)", s->rule);
		if (msg)
			report_at(fs, &dl_rule_invalid_suppression, f->path, s, msg);
		free(msg);
	}
}

/* The suppression covering finding f, or NULL; `file` and `item` are set to where it is. */
static const dl_suppression *suppression_of(struct supps *sp, const dl_finding *f, struct supfile **file,
					    size_t *item)
{
	struct supfile *sf;
	size_t i;
	if (!f->loc.file || is_own_rule(f->rule))
		return NULL;
	sf = scan(sp, f->loc.file);
	for (i = 0; i < sf->s.count; i++) {
		const dl_suppression *s = &sf->s.items[i];
		if (s->problem || s->kind == DL_SUPP_END || strcmp(s->rule, f->rule->id) ||
		    f->loc.line < s->first || f->loc.line > s->last)
			continue;
		*file = sf;
		*item = i;
		return s;
	}
	return NULL;
}

static void report_unused(dl_findings *fs, const struct supps *sp, const dl_rule_set *rules)
{
	size_t k, i;
	for (k = 0; k < sp->n; k++) {
		const struct supfile *f = &sp->files[k];
		for (i = 0; i < f->s.count; i++) {
			const dl_suppression *s = &f->s.items[i];
			const dl_rule *r = s->problem || s->kind == DL_SUPP_END ? NULL : dl_rule_find(s->rule);
			char *msg;
			/* A rule that did not run cannot have used its suppressions. */
			if (!r || f->used[i] || !dl_rule_enabled(rules, r))
				continue;
			msg = dl_xprintf("this suppression of '%s' matches no finding", s->rule);
			report_at(fs, &dl_rule_unused_suppression, f->path, s, msg);
			free(msg);
		}
	}
}

static void supps_free(struct supps *sp)
{
	size_t i;
	for (i = 0; i < sp->n; i++) {
		dl_suppressions_clear(&sp->files[i].s);
		free(sp->files[i].used);
		free(sp->files[i].path);
	}
	free(sp->files);
	dl_index_free(sp->byname);
}

/* Suppression findings added, every finding's justification decided. */
static void apply_suppressions(dl_findings *fs, const dl_results_opts *o, struct supps *sp)
{
	size_t i, n;
	struct supfile *file;
	size_t item;
	for (i = 0; i < o->nfiles; i++)
		scan(sp, o->files[i]);
	for (i = 0, n = fs->count; i < n; i++)
		if (fs->items[i].loc.file)
			scan(sp, fs->items[i].loc.file);
	if (dl_rule_enabled(o->rules, &dl_rule_invalid_suppression))
		for (i = 0, n = sp->n; i < n; i++)
			report_invalid(fs, &sp->files[i]);
	for (i = 0; i < fs->count; i++)
		if (suppression_of(sp, &fs->items[i], &file, &item))
			file->used[item] = 1;
	if (o->report_unused && dl_rule_enabled(o->rules, &dl_rule_unused_suppression))
		report_unused(fs, sp, o->rules);
	dl_findings_sort_unique(fs);
}

/* Line `line` of src as the SARIF snippet has it (malloc'd), or NULL. */
static char *line_text(const dl_srcfile *src, unsigned line)
{
	const char *text;
	size_t len;
	char *raw, *clean;
	if (!src || !(text = dl_srcfile_line(src, line, &len)))
		return NULL;
	raw = dl_xstrndup(text, len);
	clean = dl_utf8_clean(raw);
	free(raw);
	return clean;
}

static void apply_baseline(const dl_findings *fs, const dl_results_opts *o, dl_srccache *cache,
			   dl_results *out)
{
	dl_baseline_key *keys = dl_xcalloc(fs->count + 1, sizeof(*keys));
	dl_baseline_state *states = dl_xcalloc(fs->count + 1, sizeof(*states));
	unsigned char *used = dl_xcalloc(o->baseline->count + 1, 1);
	char **paths = dl_xcalloc(fs->count + 1, sizeof(*paths));
	char **snippets = dl_xcalloc(fs->count + 1, sizeof(*snippets));
	size_t i, n = 0, *which = dl_xcalloc(fs->count + 1, sizeof(*which));
	for (i = 0; i < fs->count; i++) {
		const dl_finding *f = &fs->items[i];
		dl_srcfile *src = f->loc.file ? dl_srccache_get(cache, f->loc.file) : NULL;
		if (out->meta[i].hidden)
			continue;
		paths[n] = f->loc.file ? dl_display_path(o->srcroot, f->loc.file) : NULL;
		keys[n].rule = f->rule->id;
		keys[n].path = paths[n];
		keys[n].fingerprint = src ? dl_srcfile_hash(src, f->loc.line) : NULL;
		snippets[n] = line_text(src, f->loc.line);
		keys[n].snippet = snippets[n];
		keys[n].message = f->message;
		keys[n].line = f->loc.line;
		which[n++] = i;
	}
	dl_baseline_match(o->baseline, keys, n, states, used);
	for (i = 0; i < n; i++)
		out->meta[which[i]].baseline = states[i];
	out->absent = dl_xcalloc(o->baseline->count + 1, sizeof(*out->absent));
	for (i = 0; i < o->baseline->count; i++)
		if (!used[i])
			out->absent[out->nabsent++] = &o->baseline->items[i];
	for (i = 0; i < n; i++) {
		free(paths[i]);
		free(snippets[i]);
	}
	free(paths);
	free(snippets);
	free(which);
	free(used);
	free(states);
	free(keys);
}

void dl_results_prepare(dl_findings *fs, const dl_results_opts *o, dl_results *out)
{
	struct supps sp;
	struct supfile *file;
	size_t i, item;
	memset(out, 0, sizeof(*out));
	memset(&sp, 0, sizeof(sp));
	sp.byname = dl_index_new();
	sp.cache = dl_srccache_new();
	apply_suppressions(fs, o, &sp);
	out->meta = dl_xcalloc(fs->count + 1, sizeof(*out->meta));
	out->nmeta = fs->count;
	for (i = 0; i < fs->count; i++) {
		dl_finding *f = &fs->items[i];
		const dl_suppression *s = suppression_of(&sp, f, &file, &item);
		f->level = dl_config_level(o->cfg, f->rule);
		out->meta[i].justification = s ? dl_xstrdup(s->reason) : NULL;
		out->meta[i].hidden = o->changes && f->loc.file && !dl_changes_contains(o->changes, f->loc.file, f->loc.line);
	}
	if (o->baseline)
		apply_baseline(fs, o, sp.cache, out);
	dl_srccache_free(sp.cache);
	supps_free(&sp);
}

void dl_results_clear(dl_results *r)
{
	size_t i;
	for (i = 0; i < r->nmeta; i++)
		free(r->meta[i].justification);
	free(r->meta);
	free(r->absent);
	memset(r, 0, sizeof(*r));
}

size_t dl_results_failing(const dl_report *rep, dl_level fail_on)
{
	size_t i, n = 0;
	if (fail_on == DL_LEVEL_NONE)
		return 0;
	for (i = 0; i < rep->findings->count; i++)
		n += dl_report_counts(rep, i) && rep->findings->items[i].level >= fail_on;
	return n;
}
