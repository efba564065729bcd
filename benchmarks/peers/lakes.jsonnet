// The lakes' Helm values, manifests, helmfiles and JSON reports, built from the parametric model that
// benchmarks/peers/model.py writes: a library of templates (templates.libsonnet: each file's tree as a function of the
// lake's name and its parameters) and per lake the parameters: its sized figures. The result maps each output file,
// `<lake>%<path>` ('/' written as '%': jsonnet -m creates no folders), to its object; jsonnet writes each as JSON,
// which Helm and kubectl read as YAML.
//
//   jsonnet -J MODEL -m OUT --ext-code-file model=MODEL/lakes/part-00.json --ext-code text=false lakes.jsonnet
//
// (jsonnet.sh runs it on each part of the model.) With text=true each file is a string of JSON instead, for
// go-jsonnet's Python binding, which returns one text.
local templates = import 'templates.libsonnet';
local lakes = std.extVar('model').lakes;
local text = std.extVar('text');

// The output file name: `<lake>%<path>`.
local fileName(lake, template) = lake.name + '%' + std.strReplace(std.join(lake.name, template.path), '/', '%');

{
  [fileName(lake, templates[file[0]])]:
    local value = templates[file[0]].body(lake.name, file[1]);
    if text then std.manifestJsonEx(value, '  ') else value
  for lake in lakes
  for file in lake.files
}
