/* Internals of the driver model shared by analyzer/model*.c. */
#ifndef DRVLINT_MODEL_PRIV_H
#define DRVLINT_MODEL_PRIV_H

#include "drvlint/model.h"

/* The kinds of section pragma that open a region. */
typedef enum dl_seg_kind {
	DL_SEG_CODE,    /* code_seg: functions */
	DL_SEG_DATA,    /* data_seg: initialised variables */
	DL_SEG_BSS,     /* bss_seg: uninitialised variables */
	DL_SEG_CONST,   /* const_seg: const variables */
	DL_SEG_COUNT
} dl_seg_kind;

/* From `offset` on (up to the next change) definitions go to `section`
 * (NULL: the default section). */
typedef struct dl_seg_change {
	unsigned offset;
	char *section;
	dl_loc loc;       /* the pragma */
} dl_seg_change;

/* One function named by `#pragma alloc_text`. */
typedef struct dl_alloc_text {
	char *name;
	char *section;
	dl_loc loc;
} dl_alloc_text;

typedef struct dl_paged_code_use {
	unsigned offset;
	dl_loc loc;
} dl_paged_code_use;

/* What the token scan of one main file found (pragmas are not in the AST). */
typedef struct dl_pragmas {
	dl_seg_change *changes[DL_SEG_COUNT];
	size_t nchanges[DL_SEG_COUNT], capchanges[DL_SEG_COUNT];
	dl_alloc_text *alloc;
	size_t nalloc, capalloc;
	dl_index *alloc_by_name;       /* name -> its last alloc_text */
	dl_paged_code_use *paged;      /* `PAGED_CODE (` tokens, in file order */
	size_t npaged, cappaged;
} dl_pragmas;

/* Scans the main file of `tu`; skips what the preprocessor skipped (when the
 * TU kept a preprocessing record) and the bodies of #define. */
int dl_pragmas_scan(CXTranslationUnit tu, dl_pragmas *out);
void dl_pragmas_free(dl_pragmas *pr);

/* The region change in effect at `offset`, or NULL when none (default section). */
const dl_seg_change *dl_pragmas_region(const dl_pragmas *pr, dl_seg_kind kind, unsigned offset);
/* The last alloc_text naming `name`, or NULL. */
const dl_alloc_text *dl_pragmas_alloc_text(const dl_pragmas *pr, const char *name);
/* The first PAGED_CODE use within [start, end], or NULL. */
const dl_paged_code_use *dl_pragmas_paged_code(const dl_pragmas *pr, unsigned start, unsigned end);

/* Expansion location (file offset in *offset when not NULL). */
void dl_model_loc(CXSourceLocation l, dl_loc *out, unsigned *offset);

/* Finds or creates the function `decl` declares and folds in what this
 * declaration says (annotations, role typedef, inline). Returns its index.
 * Only while a TU is being added (the last of p->tus). */
size_t dl_model_record(dl_program *p, CXCursor decl);
/* Finds or creates the function with this USR (name and loc are copied). */
size_t dl_model_intern(dl_program *p, const char *usr, const char *name, const dl_loc *loc);
void dl_model_set_section(dl_function *f, const char *section, const dl_loc *loc, const char *via);
void dl_model_set_global(dl_program *p, const char *usr, const char *name, const char *section,
			 const dl_loc *loc);
/* Folds another declaration's contract in (the tightest wins). */
void dl_model_merge_sal(dl_irql_contract *into, const dl_irql_contract *from);
/* Adds a registration (copied; duplicates are dropped) and updates the role. */
void dl_model_register_at(dl_program *p, size_t fn, const dl_registration *r);
/* Adds a registration (duplicates are dropped) and updates the role. */
void dl_model_register(dl_program *p, size_t fn, dl_role role, const char *via, CXCursor at,
		       unsigned majors);
/* The IRP majors a KMDF queue callback handles, by its config field
 * (EvtIoRead) or role typedef (EVT_WDF_IO_QUEUE_IO_READ); 0 for others. */
unsigned dl_model_kmdf_majors(const char *name);

/* Walks a function body (fn = its index) or a global's initialiser (fn =
 * DL_MODEL_NO_FN): records the functions referenced, registrations, KMDF
 * execution levels and the PAGED_CODE marker call. */
#define DL_MODEL_NO_FN ((size_t)-1)
void dl_model_scan_body(dl_program *p, size_t fn, CXCursor body);

#endif
