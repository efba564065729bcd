// The lakes' Helm values, manifests, helmfiles and JSON reports, built from the parametric model that
// benchmarks/peers/model.py writes: templates with the lake's name and its sized figures left as gaps, and per
// lake the figures. The result maps each output file, `<lake>%<path>` ('/' written as '%': jsonnet -m creates no
// folders), to its object; jsonnet writes each as JSON, which Helm and kubectl read as YAML.
//
//   jsonnet -m OUT --ext-code-file model=MODEL_DIR/part-00.json --ext-code text=false lakes.jsonnet
//
// (jsonnet.sh runs it on each part of the model.)
// With text=true each file is a string of JSON instead (for go-jsonnet's Python binding, which returns one text).
local model = std.extVar('model');
local text = std.extVar('text');

// A template's tree with the lake's name joined into its strings and the holes filled from `params`; subtrees
// without a gap or a hole are used as they are.
local fill(node, params, name) =
  if !std.isObject(node) then node
  else if std.objectHas(node, '$o') then { [key]: fill(node['$o'][key], params, name) for key in std.objectFields(node['$o']) }
  else if std.objectHas(node, '$a') then [fill(item, params, name) for item in node['$a']]
  else if std.objectHas(node, '$p') then params[node['$p']]
  else if std.objectHas(node, '$s') then std.join(name, node['$s'])
  else node;

// The output file name: `<lake>%<path>`.
local fileName(lake, template) = lake.name + '%' + std.strReplace(std.join(lake.name, template.path), '/', '%');

{
  [fileName(lake, model.templates[file[0]])]:
    local value = fill(model.templates[file[0]].body, file[1], lake.name);
    if text then std.manifestJsonEx(value, '  ') else value
  for lake in model.lakes
  for file in lake.files
}
