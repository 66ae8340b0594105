/*
 * sal.h - source annotations, as the drvlint WDK model sees them.
 *
 * Almost every annotation expands to nothing: drvlint reads its own facts from
 * the code. The IRQL annotations are the exception. They become
 * __attribute__((annotate("sal:<kind>[=<argument text>]"))) so the analysis can
 * read them from the AST; the argument is stringified unexpanded
 * (_IRQL_requires_max_(DISPATCH_LEVEL) gives "sal:irql_requires_max=DISPATCH_LEVEL").
 * Put them at the start of a declaration, or before a parameter.
 */
#pragma once
#ifndef _DRVLINT_SAL_H
#define _DRVLINT_SAL_H

/* ---- IRQL annotations (kept) ---- */
#define _DL_SAL(text) __attribute__((annotate(text)))
#define _IRQL_requires_max_(irql) _DL_SAL("sal:irql_requires_max=" #irql)
#define _IRQL_requires_min_(irql) _DL_SAL("sal:irql_requires_min=" #irql)
#define _IRQL_requires_(irql) _DL_SAL("sal:irql_requires=" #irql)
#define _IRQL_raises_(irql) _DL_SAL("sal:irql_raises=" #irql)
#define _IRQL_saves_global_(kind, param) _DL_SAL("sal:irql_saves_global=" #kind "," #param)
#define _IRQL_restores_global_(kind, param) _DL_SAL("sal:irql_restores_global=" #kind "," #param)
#define _IRQL_saves_ _DL_SAL("sal:irql_saves")
#define _IRQL_restores_ _DL_SAL("sal:irql_restores")
#define _IRQL_requires_same_ _DL_SAL("sal:irql_requires_same")
#define _IRQL_always_function_max_(irql) _DL_SAL("sal:irql_always_function_max=" #irql)
#define _IRQL_always_function_min_(irql) _DL_SAL("sal:irql_always_function_min=" #irql)
#define _IRQL_is_cancel_ _DL_SAL("sal:irql_is_cancel")
#define _IRQL_uses_cancel_ _DL_SAL("sal:irql_uses_cancel")
#define _IRQL_lowers_(irql) _DL_SAL("sal:irql_lowers=" #irql)
/* _IRQL_limited_to_ is written as a statement inside a function body, where
   attributes are not allowed: it becomes an expression statement that keeps the text. */
#define _IRQL_limited_to_(irql) ((void)("sal:irql_limited_to=" #irql))

/* ---- Everything else expands to nothing ---- */

/* Parameters */
#define _In_
#define _In_opt_
#define _In_z_
#define _In_opt_z_
#define _In_reads_(s)
#define _In_reads_opt_(s)
#define _In_reads_bytes_(s)
#define _In_reads_bytes_opt_(s)
#define _In_reads_z_(s)
#define _In_reads_opt_z_(s)
#define _In_reads_or_z_(s)
#define _In_reads_or_z_opt_(s)
#define _In_reads_to_ptr_(p)
#define _In_reads_to_ptr_opt_(p)
#define _In_reads_to_ptr_z_(p)
#define _In_range_(lo, hi)
#define _In_defensive_(a)
#define _In_count_(s)
#define _In_bytecount_(s)
#define _In_opt_count_(s)
#define _In_opt_bytecount_(s)
#define _In_NLS_string_(s)
#define _In_z_bytecount_(s)
#define _Out_
#define _Out_opt_
#define _Out_z_cap_(s)
#define _Out_writes_(s)
#define _Out_writes_opt_(s)
#define _Out_writes_bytes_(s)
#define _Out_writes_bytes_opt_(s)
#define _Out_writes_z_(s)
#define _Out_writes_opt_z_(s)
#define _Out_writes_to_(s, c)
#define _Out_writes_to_opt_(s, c)
#define _Out_writes_all_(s)
#define _Out_writes_all_opt_(s)
#define _Out_writes_bytes_to_(s, c)
#define _Out_writes_bytes_to_opt_(s, c)
#define _Out_writes_bytes_all_(s)
#define _Out_writes_bytes_all_opt_(s)
#define _Out_writes_to_ptr_(p)
#define _Out_writes_to_ptr_opt_(p)
#define _Out_writes_to_ptr_z_(p)
#define _Out_range_(lo, hi)
#define _Out_cap_(s)
#define _Out_bytecap_(s)
#define _Out_opt_bytecap_(s)
#define _Out_bytecap_post_bytecount_(c, s)
#define _Out_cap_post_count_(c, s)
#define _Out_z_bytecap_(s)
#define _Inout_
#define _Inout_opt_
#define _Inout_z_
#define _Inout_opt_z_
#define _Inout_updates_(s)
#define _Inout_updates_opt_(s)
#define _Inout_updates_z_(s)
#define _Inout_updates_opt_z_(s)
#define _Inout_updates_bytes_(s)
#define _Inout_updates_bytes_opt_(s)
#define _Inout_updates_to_(s, c)
#define _Inout_updates_to_opt_(s, c)
#define _Inout_updates_bytes_to_(s, c)
#define _Inout_updates_bytes_to_opt_(s, c)
#define _Inout_updates_all_(s)
#define _Inout_updates_all_opt_(s)
#define _Inout_updates_bytes_all_(s)
#define _Inout_updates_bytes_all_opt_(s)
#define _Inout_cap_(s)
#define _Inout_bytecap_(s)
#define _Inout_defensive_(a)
#define _Outptr_
#define _Outptr_opt_
#define _Outptr_result_maybenull_
#define _Outptr_opt_result_maybenull_
#define _Outptr_result_z_
#define _Outptr_opt_result_z_
#define _Outptr_result_maybenull_z_
#define _Outptr_opt_result_maybenull_z_
#define _Outptr_result_nullonfailure_
#define _Outptr_opt_result_nullonfailure_
#define _Outptr_result_buffer_(s)
#define _Outptr_opt_result_buffer_(s)
#define _Outptr_result_buffer_maybenull_(s)
#define _Outptr_result_buffer_to_(s, c)
#define _Outptr_result_bytebuffer_(s)
#define _Outptr_opt_result_bytebuffer_(s)
#define _Outptr_result_bytebuffer_maybenull_(s)
#define _Outptr_result_bytebuffer_to_(s, c)
#define _Outptr_result_buffer_all_(s)
#define _Outptr_result_bytebuffer_all_(s)
#define _Outref_
#define _Outref_result_maybenull_
#define _Outref_result_nullonfailure_
#define _Outref_result_buffer_(s)
#define _Outref_result_bytebuffer_(s)
#define _COM_Outptr_
#define _COM_Outptr_opt_
#define _COM_Outptr_result_maybenull_
#define _COM_Outptr_opt_result_maybenull_
#define _Reserved_
#define _Pre_defensive_
#define _Post_defensive_
#define _Printf_format_string_
#define _Printf_format_string_params_(x)
#define _Scanf_format_string_
#define _Scanf_s_format_string_
#define _Format_string_impl_(k, n)
#define _In_function_class_(x)
#define _Frees_ptr_
#define _Frees_ptr_opt_
#define _Post_invalid_
#define _Post_ptr_invalid_
#define _Pre_invalid_
#define _Deref_in_range_(lo, hi)
#define _Deref_out_range_(lo, hi)
#define _Deref_inout_range_(lo, hi)
#define _Deref_out_
#define _Deref_out_opt_
#define _Deref_opt_out_
#define _Deref_opt_out_opt_
#define _Deref_out_z_
#define _Deref_out_bound_
#define _Deref_pre_z_
#define _Deref_pre_opt_z_
#define _Deref_pre_maybenull_
#define _Deref_pre_notnull_
#define _Deref_pre_readonly_
#define _Deref_pre_valid_
#define _Deref_pre_invalid_
#define _Deref_post_z_
#define _Deref_post_opt_z_
#define _Deref_post_null_
#define _Deref_post_maybenull_
#define _Deref_post_notnull_
#define _Deref_post_valid_
#define _Deref_post_cap_(s)
#define _Deref_post_bytecap_(s)
#define _Deref_post_count_(s)
#define _Deref_post_bytecount_(s)
#define _Deref_post_opt_cap_(s)
#define _Deref_post_opt_bytecap_(s)
#define _Deref_pre_cap_(s)
#define _Deref_pre_bytecap_(s)
#define _Deref_pre_count_(s)
#define _Deref_pre_bytecount_(s)
#define _Deref_ret_range_(lo, hi)
#define _Deref_ret_z_
#define _Deref2_pre_readonly_
#define _Notref_
#define _Notnull_
#define _Maybenull_
#define _Null_
#define _Valid_
#define _Notvalid_
#define _Readable_bytes_(s)
#define _Readable_elements_(s)
#define _Writable_bytes_(s)
#define _Writable_elements_(s)
#define _Null_terminated_
#define _NullNull_terminated_
#define _Nullterm_length_(x)
#define _String_length_(x)
#define _Const_
#define _Literal_
#define _Notliteral_
#define _Points_to_data_
#define _Strict_type_match_
#define _Unchanged_(x)
#define _Old_(x) x
#define _Curr_
#define _Param_(n)
#define _Inexpressible_(x)
#define _Alloc_size_(x)

/* Results and function-level annotations */
#define _Check_return_
#define _Must_inspect_result_
#define _Success_(expr)
#define _Return_type_success_(expr)
#define _Results_replace_
#define _Result_nullonfailure_
#define _Result_zeroonfailure_
#define _Ret_
#define _Ret_z_
#define _Ret_opt_z_
#define _Ret_null_
#define _Ret_notnull_
#define _Ret_maybenull_
#define _Ret_maybenull_z_
#define _Ret_valid_
#define _Ret_opt_valid_
#define _Ret_range_(lo, hi)
#define _Ret_writes_(s)
#define _Ret_writes_z_(s)
#define _Ret_writes_bytes_(s)
#define _Ret_writes_maybenull_(s)
#define _Ret_writes_maybenull_z_(s)
#define _Ret_writes_bytes_maybenull_(s)
#define _Ret_writes_to_(s, c)
#define _Ret_writes_bytes_to_(s, c)
#define _Ret_writes_to_maybenull_(s, c)
#define _Ret_writes_bytes_to_maybenull_(s, c)
#define _Ret_bytecap_(s)
#define _Ret_opt_bytecap_(s)
#define _Ret_cap_(s)
#define _Ret_count_(s)
#define _Ret_bytecount_(s)
#define _Post_
#define _Pre_
#define _Post_z_
#define _Post_valid_
#define _Post_null_
#define _Post_notnull_
#define _Post_maybenull_
#define _Post_maybez_
#define _Post_readable_size_(s)
#define _Post_readable_byte_size_(s)
#define _Post_writable_size_(s)
#define _Post_writable_byte_size_(s)
#define _Post_equal_to_(x)
#define _Post_satisfies_(x)
#define _Post_count_(s)
#define _Post_bytecount_(s)
#define _Post_cap_(s)
#define _Post_bytecap_(s)
#define _Post_same_lock_(a, b)
#define _Pre_z_
#define _Pre_valid_
#define _Pre_opt_valid_
#define _Pre_null_
#define _Pre_notnull_
#define _Pre_maybenull_
#define _Pre_readonly_
#define _Pre_writeonly_
#define _Pre_unknown_
#define _Pre_satisfies_(x)
#define _Pre_equal_to_(x)
#define _Pre_readable_size_(s)
#define _Pre_readable_byte_size_(s)
#define _Pre_writable_size_(s)
#define _Pre_writable_byte_size_(s)
#define _Pre_cap_(s)
#define _Pre_bytecap_(s)
#define _Pre_count_(s)
#define _Pre_bytecount_(s)
#define _Pre_opt_cap_(s)
#define _Pre_opt_bytecap_(s)
#define _Pre_opt_count_(s)
#define _Pre_opt_bytecount_(s)
#define _Satisfies_(x)
#define _At_(target, anno)
#define _At_buffer_(target, iter, bound, anno)
#define _When_(cond, anno)
#define _On_failure_(anno)
#define _Always_(anno)
#define _Group_(anno)
#define _Use_decl_annotations_
#define _Analysis_mode_(mode)
#define _Analysis_assume_(expr)
#define _Analysis_assume_nullterminated_(x)
#define _Analysis_assume_lock_held_(lock)
#define _Analysis_assume_lock_not_held_(lock)
#define _Analysis_assume_lock_acquired_(lock)
#define _Analysis_assume_lock_released_(lock)
#define _Analysis_assume_same_lock_(a, b)
#define _Analysis_noreturn_
#define _Raises_SEH_exception_
#define _Maybe_raises_SEH_exception_
#define _Function_ignore_lock_checking_(lock)
#define _Benign_race_begin_
#define _Benign_race_end_
#define _No_competing_thread_
#define _No_competing_thread_begin_
#define _No_competing_thread_end_
#define _Enum_is_bitflag_
#define _Called_from_function_class_(x) 0
#define _Check_implementation_
#define _Unreferenced_parameter_
#define _Global_critical_region_
#define _Global_cancel_spin_lock_
#define _Global_interlock_
#define _Global_priority_region_
#define _Analysis_code_type_user_code_
#define _Analysis_code_type_user_driver_
#define _Analysis_suppress_lock_checking_(lock)
#define _Inout_bytecount_(s)
#define _Inout_count_(s)
#define _Inout_opt_bytecount_(s)

/* Structures and fields */
#define _Field_size_(s)
#define _Field_size_opt_(s)
#define _Field_size_bytes_(s)
#define _Field_size_bytes_opt_(s)
#define _Field_size_part_(s, c)
#define _Field_size_part_opt_(s, c)
#define _Field_size_bytes_part_(s, c)
#define _Field_size_bytes_part_opt_(s, c)
#define _Field_size_full_(s)
#define _Field_size_full_opt_(s)
#define _Field_size_bytes_full_(s)
#define _Field_size_bytes_full_opt_(s)
#define _Field_z_
#define _Field_range_(lo, hi)
#define _Struct_size_bytes_(s)

/* Locks */
#define _Acquires_lock_(lock)
#define _Releases_lock_(lock)
#define _Acquires_exclusive_lock_(lock)
#define _Releases_exclusive_lock_(lock)
#define _Acquires_shared_lock_(lock)
#define _Releases_shared_lock_(lock)
#define _Acquires_nonreentrant_lock_(lock)
#define _Releases_nonreentrant_lock_(lock)
#define _Requires_lock_held_(lock)
#define _Requires_lock_not_held_(lock)
#define _Requires_exclusive_lock_held_(lock)
#define _Requires_shared_lock_held_(lock)
#define _Requires_no_locks_held_
#define _Create_lock_level_(level)
#define _Has_lock_kind_(kind)
#define _Has_lock_level_(level)
#define _Lock_level_order_(a, b)
#define _Guarded_by_(lock)
#define _Write_guarded_by_(lock)
#define _Interlocked_
#define _Interlocked_operand_

/* Old-style (__in, __out...) annotations */
#define __kernel_entry
#define __fallthrough
#define _Fallthrough_
#define __in
#define __in_opt
#define __in_z
#define __in_opt_z
#define __in_bcount(s)
#define __in_bcount_opt(s)
#define __in_ecount(s)
#define __in_ecount_opt(s)
#define __in_xcount(s)
#define __in_range(lo, hi)
#define __out
#define __out_opt
#define __out_bcount(s)
#define __out_bcount_opt(s)
#define __out_ecount(s)
#define __out_ecount_opt(s)
#define __out_bcount_part(s, c)
#define __out_ecount_part(s, c)
#define __out_bcount_full(s)
#define __out_ecount_full(s)
#define __out_ecount_z(s)
#define __out_xcount(s)
#define __out_range(lo, hi)
#define __inout
#define __inout_opt
#define __inout_z
#define __inout_bcount(s)
#define __inout_bcount_opt(s)
#define __inout_ecount(s)
#define __inout_ecount_opt(s)
#define __inout_bcount_part(s, c)
#define __inout_ecount_part(s, c)
#define __deref_out
#define __deref_out_opt
#define __deref_opt_out
#define __deref_out_ecount(s)
#define __deref_out_bcount(s)
#define __deref_inout
#define __deref_in
#define __field_bcount(s)
#define __field_ecount(s)
#define __field_bcount_part(s, c)
#define __field_ecount_part(s, c)
#define __field_range(lo, hi)
#define __checkReturn
#define __success(expr)
#define __nullterminated
#define __nullnullterminated
#define __reserved
#define __callback
#define __format_string
#define __bcount(s)
#define __ecount(s)
#define __bcount_opt(s)
#define __ecount_opt(s)
#define __range(lo, hi)
#define __post
#define __pre
#define __notnull
#define __maybenull
#define __readonly
#define __valid
#define __typefix(t)
#define __analysis_assume(e)
#define __assume_bound(x)
#define __allowed(x)
#define __control_entrypoint(x)
#define __data_entrypoint(x)
#define __inner_callback
#define __drv_in(x)
#define __drv_out(x)
#define __drv_in_deref(x)
#define __drv_out_deref(x)
#define __out_data_source(x)
#define __in_data_source(x)
#define __field_data_source(x)
#define __this_out_data_source(x)
#define __useHeader
#define __on_failure(x)
#define __refparam

#endif
