#include "sim/vm/clone.hpp"

#include <cstring>

#include "sim/vm/call.hpp"
#include "sim/vm/eval_support.hpp"

namespace gs {

Cloner::Cloner(Thread& from, Thread& to) : from_(from), to_(to) {
    // Builtin types correspond field by field.
#define GS_X(field, pyname, base, kind, sub) builtin_types_[from.in.types.field] = to.in.types.field;
    GS_BUILTIN_TYPES(GS_X)
#undef GS_X
#define GS_X(field, pyname, base) builtin_types_[from.in.types.field] = to.in.types.field;
    GS_EXCEPTION_TYPES(GS_X)
#undef GS_X
}

// A class defined by a module (a native class, or one of an embedded Python module):
// the target's own class of that module and name, so that its natives accept it.
Type* Cloner::module_type(Type* t) {
    if (!t->module || t->module->view() == "__main__") return nullptr;
    Value m = dict_get_str(to_.in.modules, intern(to_.in, t->module->view()));
    if (!is_kind(m, Kind::Module)) return nullptr;
    Value c = dict_get_str(as<Module>(m)->dict, intern(to_.in, t->name->view()));
    return is_kind(c, Kind::Type) ? as<Type>(c) : nullptr;
}

Type* Cloner::map_type(Type* t) {
    auto it = builtin_types_.find(t);
    if (it != builtin_types_.end()) return it->second;
    return static_cast<Type*>(copy_obj(t));
}

Str* Cloner::copy_str(Str* s) {
    if (!s) return nullptr;
    if (s->interned()) return intern(to_.in, s->view());
    return static_cast<Str*>(copy_obj(s));
}

// Stores an attribute straight into an instance's slot (no __setattr__ runs).
static void set_slot(Thread& t, Instance* obj, Str* name, Value v) {
    Type* tp = obj->type;
    if (!tp->slot_names) tp->slot_names = new_dict(t.in);
    Value idx = dict_get_str(tp->slot_names, name);
    int64_t i;
    if (idx.is_null()) {
        i = tp->nslots++;
        dict_set_str(t.in, tp->slot_names, name, Value::integer(i));
        type_modified(tp);
    } else {
        i = idx.i;
    }
    if (size_t(i) >= obj->slots.size()) obj->slots.resize(size_t(tp->nslots));
    obj->slots[size_t(i)] = v;
}

Value Cloner::copy(Value v) {
    if (!v.is_obj()) return v;
    Object* o = copy_obj(v.o);
    if (!o) return Value::null();
    return Value(o);
}

// A module in the target: the one of the same name, imported there if needed.
static Object* target_module(Thread& to, Module* m, bool* failed) {
    std::string_view name = m->name->view();
    if (name == "__main__") return to.in.main;
    Value r = import_module(to, intern(to.in, name));
    if (r.is_null()) {
        *failed = true;
        return nullptr;
    }
    return r.o;
}

// The target's builtin function with the same implementation (found among its builtins
// and loaded modules), for module-level natives stored in user data.
static Object* target_native(Thread& to, Native* n) {
    auto search = [&](Dict* d) -> Object* {
        for (auto& e : d->entries)
            if (is_kind(e.value, Kind::Native) && as<Native>(e.value)->fn == n->fn) return e.value.o;
        return nullptr;
    };
    if (Object* o = search(to.in.builtins)) return o;
    for (auto& e : to.in.modules->entries)
        if (is_kind(e.value, Kind::Module))
            if (Object* o = search(as<Module>(e.value)->dict)) return o;
    return nullptr;
}

Object* Cloner::copy_obj(Object* o) {
    auto it = memo_.find(o);
    if (it != memo_.end()) return it->second;
    Interp& in = to_.in;
    Heap& heap = in.heap;
    switch (o->kind) {
        case Kind::Type: {
            auto* t = static_cast<Type*>(o);
            auto bt = builtin_types_.find(t);
            if (bt != builtin_types_.end()) return bt->second;
            if (Type* mt = module_type(t)) {
                memo_[o] = mt;
                return mt;
            }
            Type* c = heap.make<Type>(in.types.type, 0);
            memo_[o] = c;
            c->name = copy_str(t->name);
            c->module = copy_str(t->module);
            c->base = t->base ? map_type(t->base) : nullptr;
            c->instance_kind = t->instance_kind;
            c->tflags = t->tflags;
            c->slots = t->slots;  // trampolines and inherited builtin slots: plain code
            c->nslots = t->nslots;
            c->dict = static_cast<Dict*>(copy_obj(t->dict));
            if (t->slot_names) c->slot_names = static_cast<Dict*>(copy_obj(t->slot_names));
            if (c->base) c->base->subclasses.push_back(c);
            return c;
        }
        case Kind::Str: {
            auto* s = static_cast<Str*>(o);
            Str* c = new_str_known(in, s->view(), s->nchars);
            memo_[o] = c;
            return c;
        }
        case Kind::Bytes: {
            Bytes* c = new_bytes(in, static_cast<Bytes*>(o)->view());
            memo_[o] = c;
            return c;
        }
        case Kind::Tuple: {
            auto* t = static_cast<Tuple*>(o);
            Tuple* c = new_tuple(in, t->n);
            if (t->n == 0) return c;
            memo_[o] = c;
            c->type = map_type(t->type);
            for (uint32_t i = 0; i < t->n; i++) c->items()[i] = copy(t->items()[i]);
            return c;
        }
        case Kind::List: {
            auto* l = static_cast<List*>(o);
            List* c = new_list(in, l->items.size());
            memo_[o] = c;
            c->type = map_type(l->type);
            for (Value v : l->items) c->items.push_back(copy(v));
            return c;
        }
        case Kind::Dict: {
            auto* d = static_cast<Dict*>(o);
            Dict* c = new_dict(in);
            memo_[o] = c;
            c->type = map_type(d->type);
            for (auto& e : d->entries)
                if (!e.key.is_null()) dict_set(to_, c, copy(e.key), copy(e.value));
            return c;
        }
        case Kind::Set: {
            auto* s = static_cast<Set*>(o);
            Set* c = new_set(in, map_type(s->type));
            memo_[o] = c;
            for (auto& e : s->table)
                if (!e.key.is_null()) set_add(to_, c, copy(e.key));
            return c;
        }
        case Kind::Code: {
            auto* k = static_cast<Code*>(o);
            Code* c = heap.make<Code>(in.types.code, 0);
            memo_[o] = c;
            c->name = copy_str(k->name);
            c->qualname = copy_str(k->qualname);
            c->source = k->source;
            c->firstlineno = k->firstlineno;
            c->index = k->index;
            c->argcount = k->argcount;
            c->posonlyargcount = k->posonlyargcount;
            c->kwonlyargcount = k->kwonlyargcount;
            c->cflags = k->cflags;
            c->nlocals = k->nlocals;
            c->stacksize = k->stacksize;
            for (Str* s : k->varnames) c->varnames.push_back(intern(in, s->view()));
            for (Str* s : k->cellvars) c->cellvars.push_back(intern(in, s->view()));
            for (Str* s : k->freevars) c->freevars.push_back(intern(in, s->view()));
            for (Str* s : k->names) c->names.push_back(intern(in, s->view()));
            c->cell2arg = k->cell2arg;
            for (Value v : k->consts) c->consts.push_back(copy(v));
            c->code = k->code;
            c->locs = k->locs;
            c->hints = k->hints;
            c->exc_table = k->exc_table;
            for (const InlineCache& ic : k->caches) {
                InlineCache n;  // caches start empty in the new process
                n.name = intern(in, ic.name->view());
                c->caches.push_back(n);
            }
            return c;
        }
        case Kind::Function: {
            auto* f = static_cast<Function*>(o);
            auto* c = heap.make<Function>(in.types.function, 0);
            memo_[o] = c;
            c->code = static_cast<Code*>(copy_obj(f->code));
            c->globals = static_cast<Dict*>(copy_obj(f->globals));
            if (f->defaults) c->defaults = static_cast<Tuple*>(copy_obj(f->defaults));
            if (f->kwdefaults) c->kwdefaults = static_cast<Dict*>(copy_obj(f->kwdefaults));
            if (f->closure) c->closure = static_cast<Tuple*>(copy_obj(f->closure));
            c->name = copy_str(f->name);
            c->qualname = copy_str(f->qualname);
            if (f->attrs) c->attrs = static_cast<Dict*>(copy_obj(f->attrs));
            return c;
        }
        case Kind::Cell: {
            auto* c = heap.make<Cell>(in.types.cell, 0);
            memo_[o] = c;
            c->value = copy(static_cast<Cell*>(o)->value);
            return c;
        }
        case Kind::BoundMethod: {
            auto* m = static_cast<BoundMethod*>(o);
            auto* c = heap.make<BoundMethod>(in.types.method, 0);
            memo_[o] = c;
            c->func = copy(m->func);
            c->self = copy(m->self);
            return c;
        }
        case Kind::Native: {
            auto* n = static_cast<Native*>(o);
            Object* base = nullptr;
            if (n->owner) {
                // A method of a builtin type: the target type's method of that name.
                Type* owner = map_type(n->owner);
                Value m = dict_get_str(owner->dict, intern(in, n->name->view()));
                base = m.is_obj() ? m.o : nullptr;
            } else {
                base = target_native(to_, n);
            }
            if (!base) {
                memo_[o] = nullptr;
                return nullptr;
            }
            if (n->self.is_null()) {
                memo_[o] = base;
                return base;
            }
            auto* c = heap.make<Native>(in.types.builtin_function, 0);
            memo_[o] = c;
            auto* b = static_cast<Native*>(base);
            c->fn = b->fn;
            c->name = b->name;
            c->owner = b->owner;
            c->is_static = b->is_static;
            c->data = b->data;
            c->self = copy(n->self);
            return c;
        }
        case Kind::Module: {
            bool failed = false;
            Object* m = target_module(to_, static_cast<Module*>(o), &failed);
            if (failed) return nullptr;
            memo_[o] = m;
            return m;
        }
        case Kind::Instance:
        case Kind::Exception: {
            // NotImplemented and Ellipsis are singletons.
            if (Value(o).is(from_.in.not_implemented)) return in.not_implemented.o;
            if (Value(o).is(from_.in.ellipsis)) return in.ellipsis.o;
            auto* src = static_cast<Instance*>(o);
            Type* t = map_type(src->type);
            Value copy_v = alloc_instance(to_, t);
            Object* c = copy_v.o;
            memo_[o] = c;
            // Attributes by name: the target class may number its slots differently.
            if (Dict* names = src->type->slot_names) {
                for (auto& e : names->entries) {
                    if (e.key.is_null()) continue;
                    size_t idx = size_t(e.value.i);
                    if (idx >= src->slots.size() || src->slots[idx].is_null()) continue;
                    Value v = copy(src->slots[idx]);
                    if (v.is_null()) v = Value::none();
                    set_slot(to_, static_cast<Instance*>(c), intern(in, as<Str>(e.key)->view()), v);
                }
            }
            if (o->kind == Kind::Exception && c->kind == Kind::Exception) {
                auto* se = static_cast<ExceptionObj*>(o);
                auto* ce = static_cast<ExceptionObj*>(c);
                ce->args = se->args ? static_cast<Tuple*>(copy_obj(se->args)) : in.empty_tuple;
                ce->cause = copy(se->cause);
                ce->context = copy(se->context);
                ce->suppress_context = se->suppress_context;
                ce->value = copy(se->value);
            }
            return c;
        }
        case Kind::Range: {
            auto* r = static_cast<Range*>(o);
            auto* c = heap.make<Range>(in.types.range, 0);
            c->start = r->start;
            c->stop = r->stop;
            c->step = r->step;
            c->len = r->len;
            memo_[o] = c;
            return c;
        }
        case Kind::Slice: {
            auto* s = static_cast<Slice*>(o);
            auto* c = heap.make<Slice>(in.types.slice, 0);
            memo_[o] = c;
            c->start = copy(s->start);
            c->stop = copy(s->stop);
            c->step = copy(s->step);
            return c;
        }
        case Kind::Iter: {
            auto* it = static_cast<Iter*>(o);
            auto* c = heap.make<Iter>(map_type(it->type), 0);
            memo_[o] = c;
            c->ik = it->ik;
            c->index = it->index;
            c->step = it->step;
            c->remaining = it->remaining;
            c->expect = it->expect;
            c->src = copy(it->src);
            c->a = copy(it->a);
            c->b = copy(it->b);
            return c;
        }
        case Kind::DictView: {
            auto* dv = static_cast<DictView*>(o);
            auto* c = heap.make<DictView>(map_type(dv->type), 0);
            memo_[o] = c;
            c->vk = dv->vk;
            c->dict = static_cast<Dict*>(copy_obj(dv->dict));
            return c;
        }
        case Kind::Property:
        case Kind::StaticMethod:
        case Kind::ClassMethod: {
            auto* w = static_cast<Wrapper*>(o);
            auto* c = heap.make<Wrapper>(map_type(w->type), 0, o->kind);
            memo_[o] = c;
            c->func = copy(w->func);
            c->fset = copy(w->fset);
            c->fdel = copy(w->fdel);
            return c;
        }
        case Kind::Super: {
            auto* s = static_cast<Super*>(o);
            auto* c = heap.make<Super>(in.types.super, 0);
            memo_[o] = c;
            c->start = map_type(s->start);
            c->self = copy(s->self);
            return c;
        }
        case Kind::Opaque: {
            auto* op = static_cast<Opaque*>(o);
            std::unique_ptr<OpaqueData> d = op->data ? op->data->clone_into(in) : nullptr;
            if (!d) {
                memo_[o] = in.heap.make<Instance>(in.types.none_type, 0);
                return nullptr;
            }
            auto* c = heap.make<Opaque>(map_type(op->type), 0);
            c->data = std::move(d);
            memo_[o] = c;
            return c;
        }
        case Kind::StrBuffer:
        case Kind::Traceback:
        case Kind::Generator: return nullptr;  // a running computation does not cross
    }
    return nullptr;
}

bool Cloner::copy_main() {
    Interp& in = to_.in;
    Module* src = from_.in.main;
    Module* m = in.heap.make<Module>(in.types.module, 0);
    m->name = in.names.__main__;
    m->dict = new_dict(in);
    in.main = m;
    dict_set_str(in, in.modules, in.names.__main__, Value(m));
    memo_[src] = m;
    memo_[src->dict] = m->dict;
    for (auto& e : src->dict->entries) {
        if (e.key.is_null()) continue;
        Value k = copy(e.key);
        Value v = copy(e.value);
        if (k.is_null()) continue;
        if (v.is_null()) {
            if (!to_.exc.is_null()) return false;
            v = Value::none();
        }
        dict_set(to_, m->dict, k, v);
    }
    return true;
}

}  // namespace gs
