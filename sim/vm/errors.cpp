// Raising exceptions: creating exception instances, chaining __context__, and the
// helpers natives use to report errors.
#include "sim/vm/runtime.hpp"

namespace gs {

static ExceptionObj* alloc_exception(Interp& in, Type* type, Tuple* args) {
    auto* e = in.heap.make<ExceptionObj>(type, 0);
    e->args = args ? args : in.empty_tuple;
    return e;
}

Value new_exception(Thread& t, Type* type, std::string_view msg) {
    Tuple* args = new_tuple(t.in, 1);
    args->items()[0] = make_str(t.in, msg);
    return Value(alloc_exception(t.in, type, args));
}

// Sets __context__ to the exception being handled, as CPython does when an exception is
// raised inside an except block, without creating a cycle in the chain.
static void set_context(Thread& t, ExceptionObj* e) {
    Value h = t.handled;
    if (h.is_null() || h.is_none() || (h.is_obj() && h.o == e)) return;
    // Break a cycle: if e is already somewhere in h's context chain, cut it out.
    Value o = h;
    while (is_kind(o, Kind::Exception)) {
        auto* oe = as<ExceptionObj>(o);
        if (oe->context.is_obj() && oe->context.o == e) {
            oe->context = Value();
            break;
        }
        o = oe->context;
    }
    e->context = h;
}

Value raise(Thread& t, Type* type, std::string_view msg) {
    Value e = new_exception(t, type, msg);
    set_context(t, as<ExceptionObj>(e));
    t.exc = e;
    return Value::null();
}

Value raise_no_memory(Thread& t) {
    auto* e = alloc_exception(t.in, t.in.types.MemoryError, nullptr);
    t.exc = Value(e);
    return Value::null();
}

Value raise_value(Thread& t, Value v) {
    Interp& in = t.in;
    if (is_kind(v, Kind::Type) && as<Type>(v)->is_subtype_of(in.types.BaseException)) {
        Value inst = call_values(t, v, {});
        if (inst.is_null()) return inst;
        if (!is_kind(inst, Kind::Exception))
            return raisef(t, in.types.TypeError,
                          "calling {} should have returned an instance of BaseException, not {}",
                          as<Type>(v)->name->view(), type_name(in, inst));
        v = inst;
    }
    if (!is_kind(v, Kind::Exception))
        return raise(t, in.types.TypeError, "exceptions must derive from BaseException");
    set_context(t, as<ExceptionObj>(v));
    t.exc = v;
    return Value::null();
}

bool exc_pending_is(Thread& t, Type* type) {
    return t.exc.is_obj() && t.exc.o->type->is_subtype_of(type);
}

Value traceback_of(Thread& t, Value exc) {
    if (!is_kind(exc, Kind::Exception) || as<ExceptionObj>(exc)->tb.empty()) return Value::none();
    auto* tb = t.in.heap.make<TracebackObj>(t.in.types.traceback, 0);
    tb->exc = exc;
    return Value(tb);
}

Value take_exc(Thread& t) {
    Value e = t.exc;
    t.exc = Value();
    return e;
}

}  // namespace gs
