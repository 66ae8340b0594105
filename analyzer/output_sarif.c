/* SARIF 2.1.0 output as GitHub code scanning reads it (design.md section 6). */
#include "output_priv.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cjson/cJSON.h>

#define INFO_URI "https://github.com/drvlint/drvlint"
#define RULE_DOC_URI INFO_URI "/blob/main/docs/rules/"
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
	char *uri = dl_xprintf(RULE_DOC_URI "%s.md", rule->id);
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
	cJSON_AddStringToObject(d, "informationUri", INFO_URI);
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

static cJSON *result_json(const struct sarif *s, const dl_finding *f)
{
	cJSON *o = cJSON_CreateObject();
	dl_srcfile *src = f->loc.file ? dl_srccache_get(s->sources, f->loc.file) : NULL;
	const char *hash = src ? dl_srcfile_hash(src, f->loc.line) : NULL;
	size_t i;
	cJSON_AddStringToObject(o, "ruleId", f->rule->id);
	for (i = 0; i < s->r->nrules && s->r->rule_list[i] != f->rule; i++)
		;
	if (i < s->r->nrules)
		cJSON_AddNumberToObject(o, "ruleIndex", (double)i);
	cJSON_AddStringToObject(o, "level", dl_level_name(f->level));
	add_message(o, "message", f->message);
	if (f->loc.file)
		cJSON_AddItemToArray(cJSON_AddArrayToObject(o, "locations"), location(s, &f->loc, NULL));
	if (hash)
		cJSON_AddStringToObject(cJSON_AddObjectToObject(o, "partialFingerprints"),
					"primaryLocationLineHash", hash);
	if (f->nsteps)
		cJSON_AddItemToObject(o, "codeFlows", code_flows(s, f));
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

static void add_command_line(cJSON *inv, const dl_report *r)
{
	cJSON *args = cJSON_AddArrayToObject(inv, "arguments");
	dl_buf cmd = {0};
	int i;
	for (i = 0; i < r->argc; i++) {
		char *arg = dl_utf8_clean(r->argv[i]);
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
		add_command_line(inv, r);
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

static void add_srcroot(cJSON *run, const char *root)
{
	cJSON *base = cJSON_AddObjectToObject(cJSON_AddObjectToObject(run, "originalUriBaseIds"), SRCROOT);
	dl_buf uri = {0};
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
	char *text;
	size_t i;
	int ret = DL_OK;
	cJSON_AddStringToObject(doc, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
	cJSON_AddStringToObject(doc, "version", "2.1.0");
	cJSON_AddItemToArray(cJSON_AddArrayToObject(doc, "runs"), run);
	cJSON_AddItemToObject(cJSON_AddObjectToObject(run, "tool"), "driver", driver_json(r));
	cJSON_AddItemToArray(cJSON_AddArrayToObject(run, "invocations"), invocation_json(&s));
	if (s.root)
		add_srcroot(run, s.root);
	results = cJSON_AddArrayToObject(run, "results");
	for (i = 0; i < r->findings->count; i++)
		cJSON_AddItemToArray(results, result_json(&s, &r->findings->items[i]));
	cJSON_AddStringToObject(run, "columnKind", "utf16CodeUnits");
	text = cJSON_Print(doc);
	cJSON_Delete(doc);
	free(s.root);
	dl_srccache_free(s.sources);
	if (!text)
		return DL_ERR_NOMEM;
	if (fputs(text, out) == EOF || fputc('\n', out) == EOF || fflush(out) == EOF)
		ret = DL_ERR_IO;
	cJSON_free(text);
	return ret;
}

/* mkstemp makes the file 0600: give the log the mode the file it replaces
 * had, or the one a plain fopen would. */
static mode_t log_mode(const char *path)
{
	struct stat st;
	mode_t mask;
	if (stat(path, &st) == 0)
		return st.st_mode & 07777;
	mask = umask(0);
	umask(mask);
	return 0666 & ~mask;
}

/* Writes the log to fd and closes it. 0 or an errno value. */
static int write_fd(int fd, const char *path, const dl_report *r)
{
	FILE *f = fdopen(fd, "w");
	int e = 0;
	if (!f) {
		e = errno;
		close(fd);
		return e;
	}
	errno = 0;
	if (fchmod(fd, log_mode(path)) < 0 || dl_write_sarif(f, r) < 0 || fsync(fd) < 0)
		e = errno ? errno : EIO;
	if (fclose(f) == EOF && !e)
		e = errno;
	return e;
}

int dl_write_sarif_file(const char *path, const dl_report *r, char **err)
{
	char *tmp = dl_xprintf("%s.tmp.XXXXXX", path);
	sigset_t block, old;
	int fd, e = 0;
	*err = NULL;
	/* An interrupt between creating the temporary and renaming it would leave
	 * the temporary behind: it waits until the log is whole or gone. */
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGHUP);
	pthread_sigmask(SIG_BLOCK, &block, &old);
	fd = mkstemp(tmp);
	if (fd < 0)
		e = errno;
	else if (!(e = write_fd(fd, path, r)) && rename(tmp, path) < 0)
		e = errno;
	if (e && fd >= 0)
		unlink(tmp);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	free(tmp);
	if (!e)
		return DL_OK;
	*err = dl_xprintf("cannot write SARIF log '%s': %s", path, strerror(e));
	return DL_ERR_IO;
}
