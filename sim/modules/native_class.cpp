#include "sim/modules/native_class.hpp"

namespace gs {

Type* make_native_class(Interp& in, Module* module, const char* name, std::initializer_list<MethodDef> methods) {
    Type* cls = in.heap.make<Type>(in.types.type, 0);
    cls->name = intern(in, name);
    cls->module = module ? module->name : in.names.builtins;
    cls->base = in.types.object;
    cls->dict = new_dict(in);
    cls->instance_kind = Kind::Opaque;
    cls->tflags = TF_BUILTIN;
    cls->slots = in.types.object->slots;
    cls->slots.construct = nullptr;
    add_methods(in, cls, methods);
    if (module) dict_set_str(in, module->dict, cls->name, Value(cls));
    return cls;
}

Value new_opaque(Interp& in, Type* cls, std::unique_ptr<OpaqueData> data) {
    Opaque* o = in.heap.make<Opaque>(cls, 0);
    o->data = std::move(data);
    return Value(o);
}

}  // namespace gs
