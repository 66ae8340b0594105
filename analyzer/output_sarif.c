/* SARIF 2.1.0 output as GitHub code scanning reads it (design.md section 6). */
#include "output_priv.h"
#include "drvlint/facts.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cjson/cJSON.h>

#define SRCROOT "%SRCROOT%"

struct sarif {
	const dl_report *r;
	char *root;              /* srcroot from dl_abs_path; NULL: every URI absolute */
	dl_srccache *sources;    /* for fingerprints and UTF-16 columns */
};

static void add_text(cJSON *obj, const char *key, const char *s)
{
	char *clean = dl_utf8_clean(s);
	cJSON_AddStringToObject(obj, key, clean);
	free(clean);
}

/* A SARIF message (or multiformatMessageString) object {"text": text} under key. */
static cJSON *add_message(cJSON *obj, const char *key, const char *text)
{
	cJSON *m = cJSON_AddObjectToObject(obj, key);
	add_text(m, "text", text);
	return m;
}

static const char *nonempty(const char *s, const char *fallback)
{
	return s && *s ? s : fallback;
}

/* RFC 3986: all but unreserved characters and '/' percent-encoded, byte by byte. */
static void put_pct(dl_buf *b, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    strchr("-._~/", c))
			dl_buf_putc(b, (char)c);
		else
			dl_buf_printf(b, "%%%02X", c);
	}
}

/* Relative to %SRCROOT% when below it, else an absolute file URI. */
static cJSON *artifact_location(const struct sarif *s, const char *path)
{
	cJSON *o = cJSON_CreateObject();
	char *abs = dl_abs_path(path);
	const char *rel = s->root ? dl_path_below(s->root, abs) : NULL;
	dl_buf uri = {0};
	if (!rel && abs[0] == '/')
		dl_buf_puts(&uri, "file://");
	put_pct(&uri, rel ? rel : abs);
	cJSON_AddStringToObject(o, "uri", dl_buf_cstr(&uri));
	if (rel)
		cJSON_AddStringToObject(o, "uriBaseId", SRCROOT);
	dl_buf_free(&uri);
	free(abs);
	return o;
}

/* clang counts columns in bytes; the log declares UTF-16 code units, which is
 * what GitHub highlights by. Past the end of the line, bytes and units agree. */
static unsigned utf16_column(const dl_srcfile *f, unsigned line, unsigned column)
{
	size_t len, i = 0, stop;
	unsigned units = 1;
	const char *text = f && column ? dl_srcfile_line(f, line, &len) : NULL;
	if (!text)
		return column;
	stop = column - 1 < len ? column - 1 : len;
	while (i < stop)
		units += dl_utf8_next(text, stop, &i) > 0xFFFF ? 2 : 1;
	return units + (unsigned)(column - 1 - stop);
}

/* A location object: the place (when it has a file) and an optional message. */
static cJSON *location(const struct sarif *s, const dl_loc *loc, const char *message)
{
	cJSON *o = cJSON_CreateObject(), *phys, *region;
	if (loc->file) {
		phys = cJSON_AddObjectToObject(o, "physicalLocation");
		cJSON_AddItemToObject(phys, "artifactLocation", artifact_location(s, loc->file));
		if (loc->line) {
			region = cJSON_AddObjectToObject(phys, "region");
			cJSON_AddNumberToObject(region, "startLine", loc->line);
			if (loc->column)
				cJSON_AddNumberToObject(region, "startColumn",
					utf16_column(dl_srccache_get(s->sources, loc->file), loc->line, loc->column));
		}
	}
	if (message)
		add_message(o, "message", message);
	return o;
}

/* The result's own location, with its line of code as the region's snippet:
 * --baseline matches by it when the code after the line changed. */
static cJSON *primary_location(const struct sarif *s, const dl_srcfile *src, const dl_loc *loc)
{
	cJSON *o = location(s, loc, NULL), *region;
	const char *line;
	size_t len;
	char *text;
	region = cJSON_GetObjectItem(cJSON_GetObjectItem(o, "physicalLocation"), "region");
	if (!region || !src || !(line = dl_srcfile_line(src, loc->line, &len)))
		return o;
	text = dl_xstrndup(line, len);
	add_text(cJSON_AddObjectToObject(region, "snippet"), "text", text);
	free(text);
	return o;
}

static void add_tags(cJSON *props, const char *tags)
{
	cJSON *arr = cJSON_AddArrayToObject(props, "tags");
	while (tags && *tags) {
		size_t n = strcspn(tags, " ");
		if (n) {
			char *tag = dl_xstrndup(tags, n);
			cJSON_AddItemToArray(arr, cJSON_CreateString(tag));
			free(tag);
		}
		tags += n + (tags[n] == ' ');
	}
}

/* GitHub wants shortDescription, fullDescription and help non-empty: a rule
 * without its page falls back to its description, then its summary. */
static cJSON *rule_json(const dl_rule *rule)
{
	cJSON *o = cJSON_CreateObject(), *props;
	const char *summary = nonempty(rule->summary, rule->id);
	const char *description = nonempty(rule->description, summary);
	const char *doc = nonempty(dl_rule_doc(rule), description);
	char *uri = dl_xprintf(DL_RULE_DOC_URI "%s.md", rule->id);
	cJSON_AddStringToObject(o, "id", rule->id);
	if (rule->name)
		cJSON_AddStringToObject(o, "name", rule->name);
	add_message(o, "shortDescription", summary);
	add_message(o, "fullDescription", description);
	add_text(add_message(o, "help", doc), "markdown", doc);
	cJSON_AddStringToObject(o, "helpUri", uri);
	free(uri);
	cJSON_AddStringToObject(cJSON_AddObjectToObject(o, "defaultConfiguration"), "level",
				dl_level_name(rule->level));
	props = cJSON_AddObjectToObject(o, "properties");
	add_tags(props, rule->tags);
	if (rule->precision)
		cJSON_AddStringToObject(props, "precision", rule->precision);
	if (rule->security_severity)
		cJSON_AddStringToObject(props, "security-severity", rule->security_severity);
	return o;
}

static cJSON *driver_json(const dl_report *r)
{
	cJSON *d = cJSON_CreateObject(), *rules;
	size_t i;
	cJSON_AddStringToObject(d, "name", "drvlint");
	cJSON_AddStringToObject(d, "version", DL_VERSION);
	cJSON_AddStringToObject(d, "semanticVersion", DL_VERSION);
	cJSON_AddStringToObject(d, "informationUri", DL_INFO_URI);
	rules = cJSON_AddArrayToObject(d, "rules");
	for (i = 0; i < r->nrules; i++)
		cJSON_AddItemToArray(rules, rule_json(r->rule_list[i]));
	return d;
}

/* The path as one thread flow: the steps, then the finding itself. */
static cJSON *code_flows(const struct sarif *s, const dl_finding *f)
{
	cJSON *flows = cJSON_CreateArray(), *flow = cJSON_CreateObject(), *thread = cJSON_CreateObject();
	cJSON *locs, *tfl;
	size_t k;
	cJSON_AddItemToArray(flows, flow);
	cJSON_AddItemToArray(cJSON_AddArrayToObject(flow, "threadFlows"), thread);
	locs = cJSON_AddArrayToObject(thread, "locations");
	for (k = 0; k <= f->nsteps; k++) {
		tfl = cJSON_CreateObject();
		if (k < f->nsteps)
			cJSON_AddItemToObject(tfl, "location", location(s, &f->steps[k].loc, f->steps[k].message));
		else
			cJSON_AddItemToObject(tfl, "location", location(s, &f->loc, f->message));
		cJSON_AddItemToArray(locs, tfl);
	}
	return flows;
}

/* ruleId, and ruleIndex when the rule is in the log's rules[]. */
static void add_rule_ref(cJSON *o, const struct sarif *s, const char *id)
{
	size_t i;
	cJSON_AddStringToObject(o, "ruleId", id);
	for (i = 0; i < s->r->nrules && strcmp(s->r->rule_list[i]->id, id); i++)
		;
	if (i < s->r->nrules)
		cJSON_AddNumberToObject(o, "ruleIndex", (double)i);
}

/* baselineState with --baseline; suppressions (kind inSource) with --show-suppressed. */
static void add_states(cJSON *o, const struct sarif *s, const dl_result_meta *m)
{
	if (m && m->baseline != DL_BASELINE_NONE)
		cJSON_AddStringToObject(o, "baselineState", dl_baseline_state_name(m->baseline));
	if (s->r->show_suppressed) {
		cJSON *arr = cJSON_AddArrayToObject(o, "suppressions");
		if (m && m->justification) {
			cJSON *sup = cJSON_CreateObject();
			cJSON_AddStringToObject(sup, "kind", "inSource");
			add_text(sup, "justification", m->justification);
			cJSON_AddItemToArray(arr, sup);
		}
	}
}

static cJSON *result_json(const struct sarif *s, const dl_finding *f, const dl_result_meta *m)
{
	cJSON *o = cJSON_CreateObject();
	dl_srcfile *src = f->loc.file ? dl_srccache_get(s->sources, f->loc.file) : NULL;
	const char *hash = src ? dl_srcfile_hash(src, f->loc.line) : NULL;
	add_rule_ref(o, s, f->rule->id);
	cJSON_AddStringToObject(o, "level", dl_level_name(f->level));
	add_message(o, "message", f->message);
	if (f->loc.file)
		cJSON_AddItemToArray(cJSON_AddArrayToObject(o, "locations"), primary_location(s, src, &f->loc));
	if (hash)
		cJSON_AddStringToObject(cJSON_AddObjectToObject(o, "partialFingerprints"),
					"primaryLocationLineHash", hash);
	if (f->nsteps)
		cJSON_AddItemToObject(o, "codeFlows", code_flows(s, f));
	add_states(o, s, m);
	return o;
}

/* A baseline result no longer found, as the baseline log had it. */
static cJSON *absent_json(const struct sarif *s, const dl_baseline_result *b)
{
	cJSON *o = cJSON_CreateObject(), *phys, *art, *region;
	add_rule_ref(o, s, b->rule);
	cJSON_AddStringToObject(o, "level", dl_level_name(b->level));
	add_message(o, "message", nonempty(b->message, b->rule));
	if (b->uri) {
		cJSON *loc = cJSON_CreateObject();
		cJSON_AddItemToArray(cJSON_AddArrayToObject(o, "locations"), loc);
		phys = cJSON_AddObjectToObject(loc, "physicalLocation");
		art = cJSON_AddObjectToObject(phys, "artifactLocation");
		add_text(art, "uri", b->uri);
		if (b->uri_base)
			add_text(art, "uriBaseId", b->uri_base);
		if (b->line) {
			region = cJSON_AddObjectToObject(phys, "region");
			cJSON_AddNumberToObject(region, "startLine", b->line);
			if (b->column)
				cJSON_AddNumberToObject(region, "startColumn", b->column);
		}
	}
	if (b->fingerprint)
		add_text(cJSON_AddObjectToObject(o, "partialFingerprints"), "primaryLocationLineHash", b->fingerprint);
	cJSON_AddStringToObject(o, "baselineState", "absent");
	return o;
}

/* One argument as a POSIX shell would need it, for commandLine. */
static void put_shell_word(dl_buf *b, const char *w)
{
	static const char safe[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+%@";
	if (*w && strspn(w, safe) == strlen(w)) {
		dl_buf_puts(b, w);
		return;
	}
	dl_buf_putc(b, '\'');
	for (; *w; w++)
		if (*w == '\'')
			dl_buf_puts(b, "'\\''");
		else
			dl_buf_putc(b, *w);
	dl_buf_putc(b, '\'');
}

/* Argument i as the log shows it. With the root hidden: the program by its
 * name alone, and "ROOT/" cut from the arguments (file names, -I, --sarif=). */
static char *shown_arg(const struct sarif *s, int i)
{
	const char *arg = s->r->argv[i], *slash = strrchr(arg, '/'), *at;
	dl_buf b = {0};
	size_t len;
	char *clean;
	if (!s->r->hide_srcroot || !s->root || !strcmp(s->root, "/"))
		return dl_utf8_clean(arg);
	if (i == 0)
		return dl_utf8_clean(slash ? slash + 1 : arg);
	if (!strcmp(arg, s->root))
		return dl_xstrdup(".");
	len = strlen(s->root);
	while ((at = strstr(arg, s->root)) != NULL) {
		int cut = at[len] == '/';
		dl_buf_putn(&b, arg, (size_t)(at - arg) + (cut ? 0 : len));
		arg = at + len + cut;
	}
	dl_buf_puts(&b, arg);
	clean = dl_utf8_clean(dl_buf_cstr(&b));
	dl_buf_free(&b);
	return clean;
}

static void add_command_line(cJSON *inv, const struct sarif *s)
{
	const dl_report *r = s->r;
	cJSON *args = cJSON_AddArrayToObject(inv, "arguments");
	dl_buf cmd = {0};
	int i;
	for (i = 0; i < r->argc; i++) {
		char *arg = shown_arg(s, i);
		if (i)
			dl_buf_putc(&cmd, ' ');
		put_shell_word(&cmd, arg);
		if (i)
			cJSON_AddItemToArray(args, cJSON_CreateString(arg));
		free(arg);
	}
	cJSON_AddStringToObject(inv, "commandLine", dl_buf_cstr(&cmd));
	dl_buf_free(&cmd);
}

static cJSON *invocation_json(const struct sarif *s)
{
	const dl_report *r = s->r;
	cJSON *inv = cJSON_CreateObject(), *notes;
	size_t i;
	if (r->argv && r->argc > 0)
		add_command_line(inv, s);
	notes = cJSON_AddArrayToObject(inv, "toolExecutionNotifications");
	for (i = 0; i < r->nnotices; i++) {
		const dl_notice *n = &r->notices[i];
		cJSON *o = cJSON_CreateObject();
		dl_loc where = {n->file, 0, 0};
		cJSON_AddStringToObject(o, "level", dl_level_name(n->level));
		add_message(o, "message", n->message);
		if (n->file)
			cJSON_AddItemToArray(cJSON_AddArrayToObject(o, "locations"), location(s, &where, NULL));
		cJSON_AddItemToArray(notes, o);
	}
	cJSON_AddBoolToObject(inv, "executionSuccessful", r->execution_successful);
	return inv;
}

/* %SRCROOT% is always declared; its absolute location only when asked for
 * (`root` NULL otherwise), so a log does not carry the build machine's paths. */
static void add_srcroot(cJSON *run, const char *root)
{
	cJSON *base = cJSON_AddObjectToObject(cJSON_AddObjectToObject(run, "originalUriBaseIds"), SRCROOT);
	dl_buf uri = {0};
	if (!root) {
		cJSON_AddStringToObject(cJSON_AddObjectToObject(base, "description"), "text",
					"The directory drvlint was run from (the repository root in CI).");
		return;
	}
	dl_buf_puts(&uri, "file://");
	put_pct(&uri, root);
	if (uri.ptr[uri.len - 1] != '/')
		dl_buf_putc(&uri, '/');
	cJSON_AddStringToObject(base, "uri", uri.ptr);
	dl_buf_free(&uri);
}

int dl_write_sarif(FILE *out, const dl_report *r)
{
	struct sarif s = {r, r->srcroot ? dl_abs_path(r->srcroot) : NULL, dl_srccache_new()};
	cJSON *doc = cJSON_CreateObject(), *run = cJSON_CreateObject(), *results;
	size_t i;
	int ret;
	cJSON_AddStringToObject(doc, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
	cJSON_AddStringToObject(doc, "version", "2.1.0");
	cJSON_AddItemToArray(cJSON_AddArrayToObject(doc, "runs"), run);
	cJSON_AddItemToObject(cJSON_AddObjectToObject(run, "tool"), "driver", driver_json(r));
	cJSON_AddItemToArray(cJSON_AddArrayToObject(run, "invocations"), invocation_json(&s));
	if (s.root)
		add_srcroot(run, r->hide_srcroot ? NULL : s.root);
	results = cJSON_AddArrayToObject(run, "results");
	for (i = 0; i < r->findings->count; i++)
		if (dl_report_in_sarif(r, i))
			cJSON_AddItemToArray(results, result_json(&s, &r->findings->items[i],
								  r->meta ? &r->meta[i] : NULL));
	for (i = 0; i < r->nabsent; i++)
		cJSON_AddItemToArray(results, absent_json(&s, r->absent[i]));
	cJSON_AddStringToObject(run, "columnKind", "utf16CodeUnits");
	free(s.root);
	dl_srccache_free(s.sources);
	ret = dl_json_write(out, doc, 1);
	cJSON_Delete(doc);
	return ret;
}

static int fill_log(FILE *f, void *arg)
{
	return dl_write_sarif(f, arg);
}

int dl_write_sarif_file(const char *path, const dl_report *r, char **err)
{
	int e = dl_write_atomic(path, fill_log, (void *)r);
	*err = NULL;
	if (!e)
		return DL_OK;
	*err = dl_xprintf("cannot write SARIF log '%s': %s", path, strerror(e));
	return DL_ERR_IO;
}
