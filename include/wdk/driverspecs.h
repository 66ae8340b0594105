/*
 * driverspecs.h - driver-specific annotations of the drvlint WDK model.
 * The kernel SAL extensions are no-ops except the IRQL ones, which map onto
 * the kept _IRQL_* annotations of sal.h.
 */
#pragma once
#ifndef _DRVLINT_DRIVERSPECS_H
#define _DRVLINT_DRIVERSPECS_H

#include <sal.h>

/* IRQL (older __drv_ spellings of the _IRQL_ annotations) */
#define __drv_maxIRQL(irql) _IRQL_requires_max_(irql)
#define __drv_minIRQL(irql) _IRQL_requires_min_(irql)
#define __drv_requiresIRQL(irql) _IRQL_requires_(irql)
#define __drv_raisesIRQL(irql) _IRQL_raises_(irql)
#define __drv_setsIRQL(irql) _IRQL_raises_(irql)
#define __drv_savesIRQL _IRQL_saves_
#define __drv_restoresIRQL _IRQL_restores_
#define __drv_savesIRQLGlobal(kind, param) _IRQL_saves_global_(kind, param)
#define __drv_restoresIRQLGlobal(kind, param) _IRQL_restores_global_(kind, param)
#define __drv_sameIRQL _IRQL_requires_same_
#define __drv_maxFunctionIRQL(irql) _IRQL_always_function_max_(irql)
#define __drv_minFunctionIRQL(irql) _IRQL_always_function_min_(irql)
#define __drv_useCancelIRQL _IRQL_uses_cancel_
#define __drv_isCancelIRQL _IRQL_is_cancel_

/* Kernel annotations without a meaning for drvlint */
#define _Dispatch_type_(type)
#define __drv_dispatchType(type)
#define __drv_dispatchType_other
#define _Function_class_(name)
#define __drv_functionClass(name)
#define _Kernel_clear_do_init_(yesno)
#define __drv_clearDoInit(yesno)
#define _Kernel_float_saved_
#define _Kernel_float_restored_
#define _Kernel_float_used_
#define __drv_floatSaved
#define __drv_floatRestored
#define __drv_floatUsed
#define _Kernel_requires_resource_held_(kind)
#define _Kernel_requires_resource_not_held_(kind)
#define _Kernel_acquires_resource_(kind)
#define _Kernel_releases_resource_(kind)
#define __drv_neverHold(kind)
#define __drv_mustHold(kind)
#define __drv_mustHoldCriticalRegion
#define __drv_mustHoldCancelSpinLock
#define __drv_acquiresResource(kind)
#define __drv_releasesResource(kind)
#define __drv_acquiresCancelSpinLock
#define __drv_releasesCancelSpinLock
#define __drv_acquiresCriticalRegion
#define __drv_releasesCriticalRegion
#define __drv_acquiresExclusiveResource(kind)
#define __drv_releasesExclusiveResource(kind)
#define __drv_acquiresExclusiveResourceGlobal(kind, param)
#define __drv_releasesExclusiveResourceGlobal(kind, param)
#define __drv_mustHoldGlobal(kind, param)
#define __drv_neverHoldGlobal(kind, param)
#define __drv_acquiresResourceGlobal(kind, param)
#define __drv_releasesResourceGlobal(kind, param)
#define __drv_innerAcquiresGlobal(kind, param)
#define __drv_innerReleasesGlobal(kind, param)
#define __drv_innerMustHoldGlobal(kind, param)
#define __drv_innerNeverHoldGlobal(kind, param)
#define _Kernel_requires_resource_held_global_(kind, param)
#define _Kernel_acquires_resource_global_(kind, param)
#define _Kernel_releases_resource_global_(kind, param)
#define __drv_allocatesMem(kind)
#define __drv_freesMem(kind)
#define __drv_aliasesMem
#define __drv_preferredFunction(func, why)
#define __drv_reportError(why)
#define __drv_valueIs(list)
#define __drv_when(cond, anno)
#define __drv_strictType(type, mode)
#define __drv_strictTypeMatch(mode)
#define __drv_typeExpr(type)
#define __drv_typeCond(type)
#define __drv_typeConst
#define __drv_typeBitset
#define __drv_notPointer
#define __drv_isObjectPointer
#define __drv_constant
#define __drv_nonConstant
#define __drv_formatString(kind)
#define __drv_inTry
#define __drv_notInTry
#define __drv_callbackType(kind)
#define __drv_completionType(kind)
#define __drv_interlocked
#define __drv_deref(anno)
#define __drv_arg(expr, anno)
#define __drv_at(expr, anno)
#define __drv_fun(anno)
#define __drv_ret(anno)
#define __drv_unit(p)
#define __drv_nonNull
#define __drv_defined(x) 0
#define __drv_Mode_impl(x)
#define __drv_WDM
#define __drv_KMDF
#define __drv_NDIS
#define __drv_declspec(x)
#define __drv_inner_dispatchType(t)
#define __drv_mustHoldCritRegion
#define __internal_kernel_driver
#define __kernel_code
#define __kernel_driver
#define __user_driver
#define __user_code
#define _Kernel_IoGetDmaAdapter_
#define _Kernel_ReleaseSpinLock_
#define __prefast_operator_new_null
#define __prefast_operator_new_throws
#define _Landmark_(name)

#endif
