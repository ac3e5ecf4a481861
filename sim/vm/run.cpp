// Running a program as __main__: compile, execute, and report an uncaught exception
// (traceback on stderr, exit status 1) or SystemExit the way CPython does.
#include "sim/lang/code_index.hpp"
#include "sim/lang/compiler.hpp"
#include "sim/vm/call.hpp"
#include "sim/vm/runtime.hpp"

namespace gs {

int exit_status_of(Thread& t, Value exc) {
    Value code = getattr(t, exc, intern(t.in, "code"));  // SystemExit.code, as CPython reads it
    if (code.is_null()) {
        t.exc = Value();
        code = Value::none();
    }
    if (code.is_none()) return 0;
    if (code.is_intlike()) return int(code.i & 0xff);
    std::string msg;
    if (!str_into(t, code, msg)) {
        t.exc = Value();
        msg = "<unprintable>";
    }
    t.in.host.write(t, 2, msg + "\n");
    return 1;
}

Module* run_module(Thread& t, const std::string& name, SourceRef source) {
    Interp& in = t.in;
    in.sources.push_back(source);
    CompileResult cr = compile_source(in, source);
    if (auto* err = std::get_if<UserError>(&cr)) {
        raisef(t, in.types.ImportError, "cannot compile module {}: {}", name, err->message);
        return nullptr;
    }
    Code* code = std::get<Code*>(cr);
    Module* mod = in.heap.make<Module>(in.types.module, 0);
    mod->name = intern(in, name);
    mod->dict = new_dict(in);
    dict_set_str(in, mod->dict, in.names.__name__, Value(mod->name));
    dict_set_str(in, mod->dict, in.names.__file__, make_str(in, source->path));
    // Registered before it runs, so that modules importing each other see it.
    dict_set_str(in, in.modules, mod->name, Value(mod));
    auto* fn = in.heap.make<Function>(in.types.function, 0);
    fn->code = code;
    fn->globals = mod->dict;
    fn->name = code->name;
    fn->qualname = code->qualname;
    Frame* f = bind_call(t, fn, nullptr, 0, nullptr);
    if (!f) return nullptr;
    f->locals = mod->dict;
    t.native_depth++;
    Value r = run_frame(t, f);
    t.native_depth--;
    if (r.is_null()) {
        dict_del(t, in.modules, Value(mod->name));
        return nullptr;
    }
    return mod;
}

// threading._run_exit_hooks(), if threading was imported: the hooks that executors
// register (threading._register_atexit) so that their workers finish the queued work
// and exit, as CPython's Py_FinalizeEx calls threading._shutdown().
static void run_exit_hooks(Thread& t) {
    Interp& in = t.in;
    Value m = dict_get_str(in.modules, intern(in, "threading"));
    if (!is_kind(m, Kind::Module)) return;
    Value fn = dict_get_str(as<Module>(m)->dict, intern(in, "_run_exit_hooks"));
    if (fn.is_null()) return;
    Value buf[2];
    if (call_toplevel(t, fn, buf + 1, 0).is_null()) {
        Value exc = take_exc(t);
        in.host.write(t, 2, format_exception(t, exc));
    }
}

int run_main(Thread& t, SourceRef source) {
    Interp& in = t.in;
    in.sources.push_back(source);
    t.name = "MainThread";
    CompileResult cr = compile_source(in, source);
    if (auto* err = std::get_if<UserError>(&cr)) {
        in.host.write(t, 2, err->render());
        return 2;
    }
    Code* code = std::get<Code*>(cr);
    number_codes(code, true);  // the trace shows where threads are in this file
    Module* mod = in.heap.make<Module>(in.types.module, 0);
    mod->name = in.names.__main__;
    mod->dict = new_dict(in);
    dict_set_str(in, mod->dict, in.names.__name__, Value(in.names.__main__));
    dict_set_str(in, mod->dict, in.names.__file__, make_str(in, source->path));
    dict_set_str(in, mod->dict, in.names.__doc__, Value::none());
    in.main = mod;
    dict_set_str(in, in.modules, in.names.__main__, Value(mod));
    auto* fn = in.heap.make<Function>(in.types.function, 0);
    fn->code = code;
    fn->globals = mod->dict;
    fn->name = code->name;
    fn->qualname = code->qualname;
    in.extra_roots.push_back(Value(fn));
    Frame* f = bind_call(t, fn, nullptr, 0, nullptr);
    if (!f) return 1;
    f->locals = mod->dict;
    Value r = run_frame(t, f);
    int status = 0;
    if (r.is_null()) {
        Value exc = take_exc(t);
        if (is_kind(exc, Kind::Exception) && exc.o->type->is_subtype_of(in.types.SystemExit)) {
            status = exit_status_of(t, exc);
        } else {
            in.host.write(t, 2, format_exception(t, exc));
            // CPython ends an uncaught KeyboardInterrupt by dying of SIGINT: the shell's
            // status is 128 + 2.
            bool sigint = is_kind(exc, Kind::Exception) && exc.o->type->is_subtype_of(in.types.KeyboardInterrupt);
            status = sigint ? 130 : 1;
        }
    }
    run_exit_hooks(t);
    return status;
}

}  // namespace gs
