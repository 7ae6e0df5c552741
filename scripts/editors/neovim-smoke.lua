-- Drives hot-lint-server from a stock Neovim 0.7 (no plugins), headless: diagnostics, hover,
-- completion of a resource type. Run from the repository root after `npm run build`:
--   nvim --headless -u NONE -c 'luafile scripts/editors/neovim-smoke.lua'
local dir = vim.fn.tempname()
vim.fn.mkdir(dir, 'p')
vim.fn.writefile(vim.fn.readfile('examples/hello_world.yaml'), dir .. '/hello_world.yaml')
local client_id = vim.lsp.start_client({
  name = 'hot-lint',
  cmd = { 'node', vim.fn.getcwd() .. '/packages/server/dist/bin.js', '--stdio' },
  root_dir = dir,
})
vim.cmd('edit ' .. dir .. '/hello_world.yaml')
vim.lsp.buf_attach_client(0, client_id)
vim.wait(10000, function() return #vim.diagnostic.get(0) > 0 end)
for _, d in ipairs(vim.diagnostic.get(0)) do print(string.format('diagnostic %d:%d %s', d.lnum + 1, d.col + 1, d.code or '')) end
local doc = vim.lsp.util.make_text_document_params()
for _, r in pairs(vim.lsp.buf_request_sync(0, 'textDocument/hover', { textDocument = doc, position = { line = 26, character = 14 } }, 5000) or {}) do
  print('hover: ' .. (r.result and r.result.contents.value:match('^[^\n]*') or 'none'))
end
vim.api.nvim_buf_set_lines(0, 26, 27, false, { '    type: OS::Nova::Ser' })
for _, r in pairs(vim.lsp.buf_request_sync(0, 'textDocument/completion', { textDocument = doc, position = { line = 26, character = 23 } }, 5000) or {}) do
  local words = vim.lsp.util.text_document_completion_list_to_complete_items(r.result, 'OS::Nova::Ser')
  local labels = {}
  for _, w in ipairs(words) do table.insert(labels, w.word) end
  print('completion of OS::Nova::Ser: ' .. table.concat(labels, ', '))
end
vim.cmd('qa!')
