#include "sim/vm/portable.hpp"

#include <unordered_set>

#include "sim/vm/call.hpp"


namespace gs {

namespace {

// The object a dotted qualname names in `module` (a top-level class, a method...).
Value lookup_qualname(Thread& t, const std::string& module, const std::string& qualname) {
    Interp& in = t.in;
    Value cur;
    size_t pos = 0;
    bool first = true;
    while (pos <= qualname.size()) {
        size_t dot = qualname.find('.', pos);
        if (dot == std::string::npos) dot = qualname.size();
        Str* part = intern(in, std::string_view(qualname).substr(pos, dot - pos));
        if (first) {
            Dict* d = module == "builtins" ? in.builtins : (in.main ? in.main->dict : nullptr);
            cur = d ? dict_get_str(d, part) : Value();
            first = false;
        } else {
            cur = getattr(t, cur, part);
        }
        if (cur.is_null()) {
            if (t.exc.is_null())
                raisef(t, in.types.AttributeError, "Can't get attribute '{}' on <module '{}'>", qualname, module);
            return cur;
        }
        pos = dot + 1;
    }
    return cur;
}

std::string qualname_of(Thread& t, Value v) {
    Value q = getattr(t, v, t.in.names.__qualname__);
    if (q.is_null() || !is_kind(q, Kind::Str)) {
        t.exc = Value();
        return "";
    }
    return std::string(as<Str>(q)->view());
}

struct Encoder {
    Thread& t;
    std::unordered_set<Object*> active;  // cycles cannot cross (CPython's pickle can; rare)

    std::shared_ptr<Portable> fail(Value v) {
        raisef(t, t.in.types.TypeError, "cannot pickle '{}' object", type_name(t.in, v));
        return nullptr;
    }

    std::shared_ptr<Portable> enc(Value v) {
        auto p = std::make_shared<Portable>();
        switch (v.tag) {
            case Tag::None: p->k = Portable::K::None; return p;
            case Tag::Bool: p->k = Portable::K::Bool; p->i = v.i; return p;
            case Tag::Int: p->k = Portable::K::Int; p->i = v.i; return p;
            case Tag::Float: p->k = Portable::K::Float; p->f = v.f; return p;
            case Tag::Null: return fail(v);
            case Tag::Obj: break;
        }
        Object* o = v.o;
        if (active.count(o)) {
            raise(t, t.in.types.ValueError, "a recursive structure cannot be sent to another process");
            return nullptr;
        }
        Interp& in = t.in;
        auto items = [&](const Value* b, size_t n) {
            active.insert(o);
            for (size_t i = 0; i < n; i++) {
                auto c = enc(b[i]);
                if (!c) return false;
                p->items.push_back(c);
            }
            active.erase(o);
            return true;
        };
        switch (o->kind) {
            case Kind::Str: p->k = Portable::K::Str; p->s = std::string(as<Str>(v)->view()); return p;
            case Kind::Bytes: p->k = Portable::K::Bytes; p->s = std::string(as<Bytes>(v)->view()); return p;
            case Kind::Tuple:
                p->k = Portable::K::Tuple;
                return items(as<Tuple>(v)->items(), as<Tuple>(v)->n) ? p : nullptr;
            case Kind::List:
                p->k = Portable::K::List;
                return items(as<List>(v)->items.data(), as<List>(v)->items.size()) ? p : nullptr;
            case Kind::Set: {
                p->k = o->type == in.types.frozenset ? Portable::K::FrozenSet : Portable::K::Set;
                std::vector<Value> keys;
                for (auto& e : as<Set>(v)->table)
                    if (!e.key.is_null()) keys.push_back(e.key);
                return items(keys.data(), keys.size()) ? p : nullptr;
            }
            case Kind::Dict: {
                p->k = Portable::K::Dict;
                std::vector<Value> kv;
                for (auto& e : as<Dict>(v)->entries)
                    if (!e.key.is_null()) {
                        kv.push_back(e.key);
                        kv.push_back(e.value);
                    }
                return items(kv.data(), kv.size()) ? p : nullptr;
            }
            case Kind::Type:
            case Kind::Function: {
                // By reference, as pickle does: the receiver has the same program.
                p->k = Portable::K::Global;
                p->module = o->kind == Kind::Type && (as<Type>(v)->tflags & TF_BUILTIN) ? "builtins" : "__main__";
                p->s = o->kind == Kind::Type && (as<Type>(v)->tflags & TF_BUILTIN) ? std::string(as<Type>(v)->name->view())
                                                                                  : qualname_of(t, v);
                if (p->s.empty() || p->s.find("<locals>") != std::string::npos)
                    return raisef(t, in.types.AttributeError, "Can't pickle local object '{}'", p->s),
                           nullptr;
                return p;
            }
            case Kind::Instance:
            case Kind::Exception: {
                Type* tp = o->type;
                if (tp == in.types.none_type) {
                    p->k = Portable::K::None;
                    return p;
                }
                p->k = Portable::K::Object;
                bool builtin = tp->tflags & TF_BUILTIN;
                p->module = builtin ? "builtins" : "__main__";
                p->s = builtin ? std::string(tp->name->view()) : qualname_of(t, Value(tp));
                if (!builtin && p->s.find("<locals>") != std::string::npos)
                    return raisef(t, in.types.AttributeError, "Can't pickle local object '{}'", p->s), nullptr;
                auto& slots = as<Instance>(v)->slots;
                active.insert(o);
                if (tp->slot_names)
                    for (auto& e : tp->slot_names->entries) {
                        if (e.key.is_null()) continue;
                        size_t idx = size_t(e.value.i);
                        if (idx >= slots.size() || slots[idx].is_null()) continue;
                        auto c = enc(slots[idx]);
                        if (!c) return nullptr;
                        p->names.emplace_back(as<Str>(e.key)->view());
                        p->items.push_back(c);
                    }
                if (o->kind == Kind::Exception) {
                    p->args = enc(Value(as<ExceptionObj>(v)->args));
                    if (!p->args) return nullptr;
                }
                active.erase(o);
                return p;
            }
            default: return fail(v);
        }
    }
};

}  // namespace

std::shared_ptr<Portable> to_portable(Thread& t, Value v) {
    Encoder e{t, {}};
    return e.enc(v);
}

Value from_portable(Thread& t, const Portable& p) {
    Interp& in = t.in;
    auto children = [&](std::vector<Value>& out) {
        for (auto& c : p.items) {
            Value v = from_portable(t, *c);
            if (v.is_null()) return false;
            out.push_back(v);
            t.temp_roots.push_back(v);
        }
        return true;
    };
    size_t roots = t.temp_roots.size();
    auto done = [&](Value v) {
        t.temp_roots.resize(roots);
        return v;
    };
    std::vector<Value> vals;
    switch (p.k) {
        case Portable::K::None: return Value::none();
        case Portable::K::Bool: return Value::boolean(p.i != 0);
        case Portable::K::Int: return Value::integer(p.i);
        case Portable::K::Float: return Value::flt(p.f);
        case Portable::K::Str: return make_str(in, p.s);
        case Portable::K::Bytes: return Value(new_bytes(in, p.s));
        case Portable::K::Tuple:
            if (!children(vals)) return done(Value::null());
            return done(Value(new_tuple(in, vals.data(), uint32_t(vals.size()))));
        case Portable::K::List: {
            if (!children(vals)) return done(Value::null());
            List* l = new_list(in, vals.size());
            l->items = vals;
            return done(Value(l));
        }
        case Portable::K::Set:
        case Portable::K::FrozenSet: {
            if (!children(vals)) return done(Value::null());
            Set* s = new_set(in, p.k == Portable::K::FrozenSet ? in.types.frozenset : in.types.set);
            for (Value v : vals)
                if (set_add(t, s, v) < 0) return done(Value::null());
            return done(Value(s));
        }
        case Portable::K::Dict: {
            if (!children(vals)) return done(Value::null());
            Dict* d = new_dict(in);
            for (size_t i = 0; i + 1 < vals.size(); i += 2)
                if (!dict_set(t, d, vals[i], vals[i + 1])) return done(Value::null());
            return done(Value(d));
        }
        case Portable::K::Global: return lookup_qualname(t, p.module, p.s);
        case Portable::K::Object: {
            Value cls = lookup_qualname(t, p.module, p.s);
            if (cls.is_null()) return cls;
            if (!is_kind(cls, Kind::Type))
                return raisef(t, in.types.TypeError, "'{}' is not a class in the receiving process", p.s);
            t.temp_roots.push_back(cls);
            Value obj = alloc_instance(t, as<Type>(cls));
            t.temp_roots.push_back(obj);
            if (!children(vals)) return done(Value::null());
            for (size_t i = 0; i < vals.size(); i++)
                if (!setattr(t, obj, intern(in, p.names[i]), vals[i])) return done(Value::null());
            if (p.args && is_kind(obj, Kind::Exception)) {
                Value a = from_portable(t, *p.args);
                if (a.is_null()) return done(a);
                as<ExceptionObj>(obj)->args = as<Tuple>(a);
            }
            return done(obj);
        }
    }
    return Value::none();
}

}  // namespace gs
