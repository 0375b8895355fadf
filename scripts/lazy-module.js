// A module that loads only when first used: stands in the bundle for pdfkit's dependencies plan never calls at run
// time (fontkit: plan hands pdfkit its own fonts; AES: no encryption; linebreak: plan breaks lines itself; png-js).
'use strict';
module.exports = function lazyModule(load) {
  let loaded;
  const real = () => (loaded ??= load());
  return new Proxy(function lazy() {}, {
    get: (_, key) => real()[key],
    has: (_, key) => key in real(),
    construct: (_, args) => Reflect.construct(real(), args),
    apply: (_, self, args) => Reflect.apply(real(), self, args),
  });
};
