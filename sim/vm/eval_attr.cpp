#include "sim/vm/eval_attr.hpp"

#include "sim/vm/eval_support.hpp"

namespace gs {

Value load_global_slow(Thread& t, InlineCache& c, Dict* g) {
    Interp& in = t.in;
    int32_t idx = dict_find_str(g, c.name);
    if (idx >= 0) {
        c.type = g;
        c.version = g->keys_version;
        c.kind = 1;
        c.index = idx;
        return g->entries[size_t(idx)].value;
    }
    idx = dict_find_str(in.builtins, c.name);
    if (idx >= 0) {
        c.type = g;
        c.version = g->keys_version;
        c.version2 = in.builtins->keys_version;
        c.kind = 2;
        c.index = idx;
        return in.builtins->entries[size_t(idx)].value;
    }
    return name_error(t, c.name);
}

// True when instances of tp keep `name` in a slot that nothing on the type overrides
// (no property or other data descriptor of that name on the type or its bases).
static bool plain_instance_type(Type* tp) {
    return !(tp->tflags & TF_BUILTIN) && tp->instance_kind == Kind::Instance;
}

Value load_attr_slow(Thread& t, InlineCache& c, Value obj) {
    Value v = getattr(t, obj, c.name);
    if (v.is_null()) return v;
    if (obj.is_obj() && plain_instance_type(obj.o->type)) {
        Type* tp = obj.o->type;
        if (tp->slot_names) {
            Value idx = dict_get_str(tp->slot_names, c.name);
            auto& slots = as<Instance>(obj)->slots;
            if (!idx.is_null() && size_t(idx.i) < slots.size() && slots[size_t(idx.i)].is(v) &&
                !is_kind(type_lookup(tp, c.name), Kind::Property)) {
                c.type = tp;
                c.version = tp->version;
                c.kind = kCacheSlot;
                c.index = int32_t(idx.i);
            }
        }
    }
    return v;
}

Value load_method_slow(Thread& t, InlineCache& c, Value obj, Value* self) {
    Type* tp = type_of(t.in, obj);
    if (!is_kind(obj, Kind::Type) && !is_kind(obj, Kind::Module)) {
        Value d = type_lookup(tp, c.name);
        bool shadowed = false;
        if (obj.is_obj() && (obj.o->kind == Kind::Instance || obj.o->kind == Kind::Exception) && tp->slot_names) {
            Value idx = dict_get_str(tp->slot_names, c.name);
            auto& slots = as<Instance>(obj)->slots;
            shadowed = !idx.is_null() && size_t(idx.i) < slots.size() && !slots[size_t(idx.i)].is_null();
        }
        bool plain_fn = is_kind(d, Kind::Function) ||
                        (is_kind(d, Kind::Native) && as<Native>(d)->owner && !as<Native>(d)->is_static &&
                         as<Native>(d)->self.is_null());
        if (plain_fn && !shadowed && tp->slots.getattr == nullptr) {
            // Cache only when no instance can shadow the method: the name is not a slot
            // name of the class (instances of builtin types have no slots at all).
            bool may_shadow = tp->slot_names && !dict_get_str(tp->slot_names, c.name).is_null();
            if (!may_shadow) {
                c.type = tp;
                c.version = tp->version;
                c.kind = kCacheMethod;
                c.value = d;
            }
            *self = obj;
            return d;
        }
    }
    Value v = getattr(t, obj, c.name);
    *self = Value::null();
    return v;
}

bool store_attr_slow(Thread& t, InlineCache& c, Value obj, Value v) {
    if (!setattr(t, obj, c.name, v)) return false;
    if (obj.is_obj() && plain_instance_type(obj.o->type)) {
        Type* tp = obj.o->type;
        Value idx = tp->slot_names ? dict_get_str(tp->slot_names, c.name) : Value();
        if (!idx.is_null() && !is_kind(type_lookup(tp, c.name), Kind::Property) &&
            !is_kind(type_lookup(tp, t.in.names.__setattr__), Kind::Function)) {
            c.type = tp;
            c.version = tp->version;
            c.kind = kCacheSlot;
            c.index = int32_t(idx.i);
        }
    }
    return true;
}

Value init_for(Thread& t, Type* cls) {
    if (cls->init_version == cls->version) return cls->init_cache;
    Value found;
    for (Type* b = cls; b; b = b->base) {
        // A builtin base other than object constructs its instances itself (user classes
        // inherit object's construct slot, which is the default protocol).
        if (b->slots.construct && b->slots.construct != t.in.types.object->slots.construct) break;
        Value v = dict_get_str(b->dict, t.in.names.__init__);
        if (!v.is_null()) {
            found = v;
            break;
        }
    }
    // A base's version is not part of this check: type_modified() bumps subclasses too.
    cls->init_cache = found;
    cls->init_version = cls->version;
    return found;
}

}  // namespace gs
