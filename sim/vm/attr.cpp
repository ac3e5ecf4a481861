// Attribute lookup and assignment (CPython's PyObject_GenericGetAttr / SetAttr, for the
// single-inheritance object model): data descriptors on the type, then the instance's
// slots, then non-data descriptors and class attributes, then __getattr__.
#include "sim/vm/gen.hpp"
#include "sim/vm/runtime.hpp"

namespace gs {

Value type_lookup(Type* type, Str* name) {
    for (Type* t = type; t; t = t->base) {
        Value v = dict_get_str(t->dict, name);
        if (!v.is_null()) return v;
    }
    return Value::null();
}

void type_modified(Type* type) {
    type->version++;
    for (Type* s : type->subclasses) type_modified(s);
}

// Binds what was found on a type to the object it was looked up through.
static Value bind(Thread& t, Value descr, Value obj, Type* owner) {
    if (!descr.is_obj()) return descr;
    Interp& in = t.in;
    switch (descr.o->kind) {
        case Kind::Function: {
            if (obj.is_null()) return descr;
            auto* m = in.heap.make<BoundMethod>(in.types.method, 0);
            m->func = descr;
            m->self = obj;
            return Value(m);
        }
        case Kind::Native: {
            auto* n = as<Native>(descr);
            if (obj.is_null() || !n->owner || !n->self.is_null()) return descr;
            if (n->is_static) obj = Value(owner);
            auto* b = in.heap.make<Native>(in.types.builtin_function, 0);
            b->fn = n->fn;
            b->name = n->name;
            b->owner = n->owner;
            b->self = obj;
            b->data = n->data;
            return Value(b);
        }
        case Kind::StaticMethod: return as<Wrapper>(descr)->func;
        case Kind::ClassMethod: {
            auto* m = in.heap.make<BoundMethod>(in.types.method, 0);
            m->func = as<Wrapper>(descr)->func;
            m->self = Value(owner);
            return Value(m);
        }
        case Kind::Property: {
            if (obj.is_null()) return descr;
            Value get = as<Wrapper>(descr)->func;
            if (get.is_null() || get.is_none())
                return raise(t, in.types.AttributeError, "property has no getter");
            return call_values(t, get, {obj});
        }
        default: break;
    }
    return descr;
}

// Attributes that builtin layouts provide themselves (CPython's getset descriptors).
// Null without exception: not one of them.
static Value special_attr(Thread& t, Value obj, Str* name) {
    Interp& in = t.in;
    Names& N = in.names;
    if (name == N.__class__) return Value(type_of(in, obj));
    if (!obj.is_obj()) return Value::null();
    Object* o = obj.o;
    switch (o->kind) {
        case Kind::Type: {
            auto* tp = static_cast<Type*>(o);
            if (name == N.__name__) return Value(tp->name);
            if (name == N.__qualname__) {
                Value q = dict_get_str(tp->dict, N.__qualname__);
                return q.is_null() ? Value(tp->name) : q;
            }
            if (name == N.__module__) {
                Value m = dict_get_str(tp->dict, N.__module__);
                return m.is_null() ? Value(tp->module) : m;
            }
            if (name == N.__base__) return tp->base ? Value(tp->base) : Value::none();
            if (name == N.__bases__) {
                return tp->base ? make_tuple(in, {Value(tp->base)}) : Value(in.empty_tuple);
            }
            if (name == N.__mro__) {
                std::vector<Value> chain;
                for (Type* b = tp; b; b = b->base) chain.push_back(Value(b));
                return Value(new_tuple(in, chain.data(), uint32_t(chain.size())));
            }
            if (name == N.__dict__) return Value(dict_copy(in, tp->dict));
            if (name == N.__doc__) {
                Value d = dict_get_str(tp->dict, N.__doc__);
                return d.is_null() ? Value::none() : d;
            }
            break;
        }
        case Kind::Function: {
            auto* f = static_cast<Function*>(o);
            if (name == N.__name__) return Value(f->name);
            if (name == N.__qualname__) return Value(f->qualname);
            if (name == N.__module__) {
                Value m = dict_get_str(f->globals, N.__name__);
                return m.is_null() ? Value::none() : m;
            }
            if (name == N.__defaults__) return f->defaults ? Value(f->defaults) : Value::none();
            if (name == N.__code__) return Value(f->code);
            if (name == N.__doc__) {
                Code* c = f->code;
                if (!c->consts.empty() && is_kind(c->consts[0], Kind::Str) && (c->cflags & 0x100000))
                    return c->consts[0];
                return Value::none();
            }
            if (name == N.__dict__) {
                if (!f->attrs) f->attrs = new_dict(in);
                return Value(f->attrs);
            }
            if (f->attrs) {
                Value v = dict_get_str(f->attrs, name);
                if (!v.is_null()) return v;
            }
            break;
        }
        case Kind::Code: {
            // co_flags: CPython's bits (CO_GENERATOR, CO_COROUTINE...), not gilsim's own.
            auto* c = static_cast<Code*>(o);
            if (name->view() == "co_flags") return Value::integer(int64_t(c->cflags & 0xfff));
            if (name->view() == "co_name") return Value(c->name);
            if (name->view() == "co_qualname") return Value(c->qualname);
            break;
        }
        case Kind::Generator: {
            Value v = generator_attr(t, static_cast<Generator*>(o), name);
            if (!v.is_null()) return v;
            break;
        }
        case Kind::BoundMethod: {
            auto* m = static_cast<BoundMethod*>(o);
            if (name == N.__self__) return m->self;
            if (name == N.func_attr) return m->func;
            if (name == N.__name__ || name == N.__qualname__ || name == N.__doc__) return getattr(t, m->func, name);
            break;
        }
        case Kind::Native: {
            auto* n = static_cast<Native*>(o);
            if (name == N.__name__) return Value(n->name);
            if (name == N.__qualname__) {
                if (!n->owner) return Value(n->name);
                std::string q = std::string(n->owner->name->view()) + "." + std::string(n->name->view());
                return make_str(in, q);
            }
            if (name == N.__self__) return n->self.is_null() ? Value::none() : n->self;
            if (name == N.__doc__) return Value::none();
            break;
        }
        case Kind::Exception: {
            auto* e = static_cast<ExceptionObj*>(o);
            if (name == N.args) return Value(e->args);
            if (name == N.__cause__) return e->cause.is_null() ? Value::none() : e->cause;
            if (name == N.__context__) return e->context.is_null() ? Value::none() : e->context;
            if (name == N.__suppress_context__) return Value::boolean(e->suppress_context);
            if (name == N.__traceback__) return traceback_of(t, obj);
            if (name == N.value && o->type->is_subtype_of(in.types.StopIteration))
                return e->value.is_null() ? Value::none() : e->value;
            [[fallthrough]];
        }
        case Kind::Instance:
            if (name == N.__dict__) {
                Dict* d = new_dict(in);
                Type* tp = o->type;
                auto& slots = static_cast<Instance*>(o)->slots;
                if (tp->slot_names)
                    for (auto& en : tp->slot_names->entries) {
                        if (en.key.is_null()) continue;
                        int64_t idx = en.value.i;
                        if (idx < int64_t(slots.size()) && !slots[idx].is_null())
                            dict_set_str(in, d, as<Str>(en.key), slots[idx]);
                    }
                return Value(d);
            }
            break;
        case Kind::Module:
            if (name == N.__dict__) return Value(static_cast<Module*>(o)->dict);
            break;
        default: break;
    }
    return Value::null();
}

static int64_t slot_index(Type* tp, Str* name) {
    if (!tp->slot_names) return -1;
    Value v = dict_get_str(tp->slot_names, name);
    return v.is_null() ? -1 : v.i;
}

static Value attribute_error_msg(Thread& t, Value obj, Str* name);

// Raises AttributeError and records the object and name for "Did you mean" suggestions.
static Value attribute_error(Thread& t, Value obj, Str* name) {
    attribute_error_msg(t, obj, name);
    if (is_kind(t.exc, Kind::Exception)) {
        as<ExceptionObj>(t.exc)->name = Value(name);
        as<ExceptionObj>(t.exc)->obj = obj;
    }
    return Value::null();
}

static Value attribute_error_msg(Thread& t, Value obj, Str* name) {
    Interp& in = t.in;
    if (is_kind(obj, Kind::Module)) {
        Value mn = dict_get_str(as<Module>(obj)->dict, in.names.__name__);
        return raisef(t, in.types.AttributeError, "module '{}' has no attribute '{}'",
                      is_kind(mn, Kind::Str) ? as<Str>(mn)->view() : "?", name->view());
    }
    if (is_kind(obj, Kind::Type))
        return raisef(t, in.types.AttributeError, "type object '{}' has no attribute '{}'",
                      as<Type>(obj)->name->view(), name->view());
    return raisef(t, in.types.AttributeError, "'{}' object has no attribute '{}'", type_name(in, obj),
                  name->view());
}

Value getattr_opt(Thread& t, Value obj, Str* name, bool* found) {
    *found = true;
    Interp& in = t.in;
    Type* tp = type_of(in, obj);
    if (tp->slots.getattr) {
        Value v = tp->slots.getattr(t, obj, name);
        if (!v.is_null() || !t.exc.is_null()) return v;
    }
    Value sv = special_attr(t, obj, name);
    if (!sv.is_null() || !t.exc.is_null()) return sv;

    if (is_kind(obj, Kind::Type)) {
        // Class attribute: search the class and its bases, bind with no instance.
        Type* cls = as<Type>(obj);
        for (Type* b = cls; b; b = b->base) {
            Value v = dict_get_str(b->dict, name);
            if (v.is_null()) continue;
            if (is_kind(v, Kind::ClassMethod) || is_kind(v, Kind::StaticMethod)) return bind(t, v, obj, cls);
            if (is_kind(v, Kind::Native) && as<Native>(v)->is_static) return bind(t, v, obj, cls);
            return v;
        }
        // Then the metaclass (type): e.g. A.mro, A.__subclasses__.
        Value v = type_lookup(tp, name);
        if (!v.is_null()) return bind(t, v, obj, tp);
        *found = false;
        return Value::null();
    }

    Value descr = type_lookup(tp, name);
    if (is_kind(descr, Kind::Property)) return bind(t, descr, obj, tp);
    if (obj.is_obj() && (obj.o->kind == Kind::Instance || obj.o->kind == Kind::Exception)) {
        int64_t idx = slot_index(tp, name);
        auto& slots = as<Instance>(obj)->slots;
        if (idx >= 0 && idx < int64_t(slots.size()) && !slots[idx].is_null()) return slots[idx];
    }
    if (!descr.is_null()) return bind(t, descr, obj, tp);
    if (is_kind(obj, Kind::Module)) {
        Value v = dict_get_str(as<Module>(obj)->dict, name);
        if (!v.is_null()) return v;
    }
    // __getattr__ is the last resort, for user classes that define it.
    if (!(tp->tflags & TF_BUILTIN)) {
        Value ga = type_lookup(tp, in.names.__getattr__);
        if (is_kind(ga, Kind::Function)) return call_values(t, ga, {obj, Value(name)});
    }
    *found = false;
    return Value::null();
}

Value getattr(Thread& t, Value obj, Str* name) {
    bool found;
    Value v = getattr_opt(t, obj, name, &found);
    if (!found) return attribute_error(t, obj, name);
    return v;
}

Value lookup_special(Thread& t, Value v, Str* name) {
    Type* tp = type_of(t.in, v);
    Value d = type_lookup(tp, name);
    if (d.is_null() || d.is_none()) return Value::null();
    return bind(t, d, v, tp);
}

bool setattr(Thread& t, Value obj, Str* name, Value v) {
    Interp& in = t.in;
    Type* tp = type_of(in, obj);
    if (obj.is_obj()) {
        Object* o = obj.o;
        if (o->kind == Kind::Instance || o->kind == Kind::Exception) {
            if (!(tp->tflags & TF_BUILTIN)) {
                Value sa = type_lookup(tp, in.names.__setattr__);
                if (is_kind(sa, Kind::Function)) {
                    Value r = call_values(t, sa, {obj, Value(name), v.is_null() ? Value::none() : v});
                    return !r.is_null();
                }
            }
            Value descr = type_lookup(tp, name);
            if (is_kind(descr, Kind::Property)) {
                Value fn = v.is_null() ? as<Wrapper>(descr)->fdel : as<Wrapper>(descr)->fset;
                if (fn.is_null() || fn.is_none()) {
                    raisef(t, in.types.AttributeError, "can't {} attribute '{}'", v.is_null() ? "delete" : "set",
                           name->view());
                    return false;
                }
                Value r = v.is_null() ? call_values(t, fn, {obj}) : call_values(t, fn, {obj, v});
                return !r.is_null();
            }
            if (o->kind == Kind::Exception) {
                auto* e = static_cast<ExceptionObj*>(o);
                if (name == in.names.__cause__) {
                    e->cause = v.is_none() ? Value() : v;
                    e->suppress_context = true;
                    return true;
                }
                if (name == in.names.__context__) { e->context = v.is_none() ? Value() : v; return true; }
                if (name == in.names.__suppress_context__) { e->suppress_context = truthy(t, v) > 0; return true; }
                if (name == in.names.args) {
                    Value tup = call_values(t, Value(in.types.tuple), {v});
                    if (tup.is_null()) return false;
                    e->args = as<Tuple>(tup);
                    return true;
                }
            }
            if ((tp->tflags & TF_BUILTIN) && o->kind == Kind::Instance) {
                raisef(t, in.types.AttributeError, "'{}' object has no attribute '{}'", tp->name->view(),
                       name->view());
                return false;
            }
            auto& slots = static_cast<Instance*>(o)->slots;
            int64_t idx = slot_index(tp, name);
            if (v.is_null()) {
                if (idx < 0 || idx >= int64_t(slots.size()) || slots[idx].is_null()) {
                    attribute_error(t, obj, name);
                    return false;
                }
                slots[idx] = Value();
                return true;
            }
            if (idx < 0) {
                if (!tp->slot_names) tp->slot_names = new_dict(in);
                idx = tp->nslots++;
                dict_set_str(in, tp->slot_names, name, Value::integer(idx));
                type_modified(tp);  // a new slot name may shadow a cached method
            }
            if (idx >= int64_t(slots.size())) slots.resize(size_t(tp->nslots));
            slots[idx] = v;
            return true;
        }
        if (o->kind == Kind::Type) {
            auto* cls = static_cast<Type*>(o);
            if (cls->tflags & TF_BUILTIN) {
                raisef(t, in.types.TypeError, "cannot set '{}' attribute of immutable type '{}'", name->view(),
                       cls->name->view());
                return false;
            }
            if (v.is_null()) {
                int r = dict_del(t, cls->dict, Value(name));
                if (r == 0) attribute_error(t, obj, name);
                type_modified(cls);
                return r > 0;
            }
            dict_set_str(in, cls->dict, name, v);
            type_modified(cls);
            return true;
        }
        if (o->kind == Kind::Function) {
            auto* f = static_cast<Function*>(o);
            if (name == in.names.__name__ || name == in.names.__qualname__) {
                if (!is_kind(v, Kind::Str)) {
                    raisef(t, in.types.TypeError, "__name__ must be set to a string object");
                    return false;
                }
                (name == in.names.__name__ ? f->name : f->qualname) = as<Str>(v);
                return true;
            }
            if (!f->attrs) f->attrs = new_dict(in);
            if (v.is_null()) {
                int r = dict_del(t, f->attrs, Value(name));
                if (r == 0) attribute_error(t, obj, name);
                return r > 0;
            }
            dict_set_str(in, f->attrs, name, v);
            return true;
        }
        if (o->kind == Kind::Module) {
            auto* m = static_cast<Module*>(o);
            if (v.is_null()) {
                int r = dict_del(t, m->dict, Value(name));
                if (r == 0) attribute_error(t, obj, name);
                return r > 0;
            }
            dict_set_str(in, m->dict, name, v);
            return true;
        }
    }
    Value descr = type_lookup(tp, name);
    if (!descr.is_null())
        raisef(t, in.types.AttributeError, "'{}' object attribute '{}' is read-only", tp->name->view(), name->view());
    else
        raisef(t, in.types.AttributeError, "'{}' object has no attribute '{}'", tp->name->view(), name->view());
    return false;
}

bool delattr(Thread& t, Value obj, Str* name) { return setattr(t, obj, name, Value::null()); }

}  // namespace gs
