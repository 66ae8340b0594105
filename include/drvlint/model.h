/*
 * The driver model: every function of the run with its role, section, IRQL
 * contract and registrations, extracted once per translation unit (analyzer/model.c).
 */
#ifndef DRVLINT_MODEL_H
#define DRVLINT_MODEL_H

#include "drvlint/common.h"
#include "drvlint/frontend.h"

/* IRQL levels, ordered. */
typedef enum dl_irql {
	DL_IRQL_PASSIVE = 0,
	DL_IRQL_APC = 1,
	DL_IRQL_DISPATCH = 2,
	DL_IRQL_DIRQL = 3,    /* device IRQL and above */
	DL_IRQL_UNKNOWN = -1
} dl_irql;

const char *dl_irql_name(dl_irql l);   /* "PASSIVE_LEVEL"... */

typedef enum dl_role {
	DL_ROLE_NONE = 0,
	DL_ROLE_DRIVER_ENTRY,
	DL_ROLE_UNLOAD,
	DL_ROLE_ADD_DEVICE,
	DL_ROLE_DISPATCH,        /* IRP_MJ_* dispatch routine: PASSIVE (<= APC for some) */
	DL_ROLE_STARTIO,         /* DISPATCH */
	DL_ROLE_DPC,             /* DISPATCH: KeInitializeDpc, IoInitializeDpcRequest, KMDF EvtDpcFunc */
	DL_ROLE_TIMER,           /* DISPATCH: KeInitializeTimer+DPC, KMDF EvtTimerFunc */
	DL_ROLE_ISR,             /* DIRQL: IoConnectInterrupt(Ex), KMDF EvtInterruptIsr */
	DL_ROLE_COMPLETION,      /* <= DISPATCH: IoSetCompletionRoutine(Ex), WdfRequestSetCompletionRoutine */
	DL_ROLE_CANCEL,          /* DISPATCH: IoSetCancelRoutine, WdfRequestMarkCancelable(Ex) */
	DL_ROLE_WORKITEM,        /* PASSIVE: IoQueueWorkItem, ExQueueWorkItem, KMDF EvtWorkItemFunc */
	DL_ROLE_FASTIO_DEVICE_CONTROL, /* FastIoDeviceControl: its buffers are user addresses */
	DL_ROLE_KMDF_IO,         /* KMDF queue callbacks: <= DISPATCH unless the queue is passive */
	DL_ROLE_COUNT
} dl_role;

const char *dl_role_name(dl_role r);   /* "dispatch routine", "DPC routine"... */

/* A SAL IRQL contract, from _IRQL_requires_*_ annotations (or role typedefs). */
typedef struct dl_irql_contract {
	dl_irql min, max;       /* DL_IRQL_UNKNOWN when unconstrained */
	dl_irql raises_to;      /* _IRQL_raises_(x) */
	int saves_global;       /* _IRQL_saves_global_ (spin lock acquire style) */
	int restores_global;    /* _IRQL_restores_global_ */
} dl_irql_contract;

/* How a function got its role: a registration call, a table store or a typedef. */
typedef struct dl_registration {
	dl_role role;
	char *via;          /* "KeInitializeDpc", "MajorFunction[IRP_MJ_READ]", "DRIVER_DISPATCH" */
	dl_loc loc;         /* where (the call, the store, the declaration) */
	int declared;       /* by a role typedef on a declaration, not by code */
	/* The IRP major functions it makes the function handle: bit x for IRP_MJ_x
	 * (`MajorFunction[x] = f`, KMDF EvtIoRead...), DL_MAJORS_ANY when any can
	 * come (EvtIoDefault, an index that is not a constant), 0 when it is not an
	 * I/O registration. */
	unsigned majors;
} dl_registration;

#define DL_MAJORS_ANY 0xffffffffu

typedef struct dl_function {
	char *name;
	char *usr;               /* identity across files */
	dl_tu *tu;               /* where the body is (NULL if only declared, or cached) */
	size_t unit;             /* the file of the body (dl_program_unit_path), DL_NO_UNIT */
	CXCursor def;            /* the definition (FunctionDecl with a body) */
	dl_loc loc;              /* of the definition, else of the first declaration */

	dl_role role;            /* strongest role found (see registrations) */
	dl_registration *regs;   /* every registration seen, in any file */
	size_t nregs;

	char *section;           /* code section ("PAGE", "INIT", "PAGESRP0"...), NULL = .text */
	dl_loc section_loc;      /* the alloc_text / code_seg / declspec that placed it */
	char *section_via;       /* "#pragma alloc_text", "#pragma code_seg", "__declspec(code_seg)" */
	int pageable;            /* section name starts with PAGE */
	int calls_paged_code;    /* calls PAGED_CODE() */
	dl_loc paged_code_loc;
	int is_inline;           /* __inline / FORCEINLINE */

	dl_irql_contract sal;    /* from annotations on any declaration */
	int kmdf_passive;        /* KMDF ExecutionLevel/PassiveHandling makes it PASSIVE */

	int cut_short;           /* set by the analysis: its flow hit the engine's bounds
	                          * (include/drvlint/flow.h), so it was not analyzed */
} dl_function;

/* A global variable with a data section (PAGEDATA...). */
typedef struct dl_global {
	char *name, *usr;
	char *section;
	dl_loc loc;
	int pageable;
} dl_global;

#define DL_NO_UNIT ((size_t)-1)

/* Units are the files of the program: the parsed ones (tus, units 0..ntus-1)
 * then those known from cached facts only (units ntus..nunits-1). */
typedef struct dl_program {
	dl_tu **tus;
	size_t ntus;
	char **cached_paths;  /* unit ntus + i */
	size_t ncached;
	dl_function *fns;
	size_t nfns, capfns;
	dl_global *globals;
	size_t nglobals, capglobals;
	dl_index *by_usr;     /* usr -> function index */
	dl_index *globals_by_usr;   /* usr -> global index */
	dl_index *folded;     /* while a TU is added: the functions it has declared so far */
} dl_program;

dl_program *dl_program_new(void);
void dl_program_free(dl_program *p);   /* frees the model, not the TUs */

/* Adds one TU's functions, sections, annotations and registrations. Functions
 * declared in several files merge by USR. 0 ok. */
int dl_model_add_tu(dl_program *p, dl_tu *tu);

size_t dl_program_units(const dl_program *p);
const char *dl_program_unit_path(const dl_program *p, size_t unit);

/* The model as plain data (analyzer/model_facts.c), for the summary cache:
 * what one parsed file says about functions and globals, and the merge of
 * such facts from a file that is not parsed in this run (it becomes a unit;
 * its functions have no body but keep their unit). 0 ok, DL_ERR_PARSE when
 * the facts are malformed. */
struct cJSON;
struct cJSON *dl_model_unit_facts(dl_tu *tu);
int dl_model_add_facts(dl_program *p, const char *path, const struct cJSON *facts);
/* One function of the merged model, deterministic (for digests). */
struct cJSON *dl_model_function_facts(const dl_function *f);

dl_function *dl_program_function(dl_program *p, const char *usr);
/* The model function a call or reference resolves to (by the referenced decl's USR). */
dl_function *dl_program_function_of(dl_program *p, CXCursor decl);
const dl_global *dl_program_global_of(const dl_program *p, CXCursor decl);

/* The role a registration API gives to its function-pointer argument, or NONE.
 * `arg` receives the argument index. Drives the model and checks alike. */
dl_role dl_registration_api(const char *callee, int *arg);
/* Some APIs register several functions (WDF_INTERRUPT_CONFIG_INIT: an ISR and
 * a DPC): the n-th (from 0) role and argument, NONE past the last. */
dl_role dl_registration_api_nth(const char *callee, unsigned n, int *arg);

/* Natural IRQL range of a role (e.g. DPC: DISPATCH..DISPATCH). */
void dl_role_irql(dl_role r, dl_irql *min, dl_irql *max);

#endif
