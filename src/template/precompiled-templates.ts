// The built-in templates precompiled by Handlebars, by their text. The bundle carries them (scripts/bundle.js fills
// this module in from precompile-templates.ts); run from the separate modules, it is empty and templates compile at
// run time. A template whose text differs from the built-in one (edited, or the user's own) compiles at run time.
export type PrecompiledTemplates = Record<string, TemplateSpecification>;

export const precompiledTemplates: PrecompiledTemplates = {};
