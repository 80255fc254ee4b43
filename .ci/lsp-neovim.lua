-- Neovim's built-in LSP client (0.7 and later) on a fixture: `clausier lsp` must
-- publish the diagnostics `clausier check` reports. Run:
--   CLAUSIER=BIN FILE=PATH nvim --headless -u NONE -c 'luafile .ci/lsp-neovim.lua'
local bin, file = os.getenv("CLAUSIER"), os.getenv("FILE")
vim.cmd("edit " .. file)
local buf = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({ name = "clausier", cmd = { bin, "lsp" }, root_dir = vim.fn.getcwd() })
if not id then
  io.stderr:write("the client did not start\n")
  os.exit(1)
end
vim.lsp.buf_attach_client(buf, id)
local ok = vim.wait(20000, function()
  return #vim.diagnostic.get(buf) > 0
end, 100)
local found = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  if d.code then
    found[#found + 1] = string.format("%d:%d: %s", d.lnum + 1, d.col + 1, tostring(d.code))
  end
end
table.sort(found)
io.stdout:write(table.concat(found, "\n") .. "\n")
vim.lsp.stop_client(id)
os.exit(ok and 0 or 1)
