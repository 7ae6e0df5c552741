;;; Drives hot-lint-server from Emacs 28 + eglot 1.9 (Debian's elpa-eglot), in batch mode:
;;; diagnostics through flymake, completion of a resource type. From the repository root,
;;; after `npm run build`:  emacs --batch -Q -l scripts/editors/eglot-smoke.el
(dolist (d (directory-files "/usr/share/emacs/site-lisp/elpa" t "^[a-z]")) (add-to-list 'load-path d))
(require 'eglot)
(require 'flymake)
(define-derived-mode yaml-mode prog-mode "YAML")
;; eglot 1.9 completes the symbol at point: "OS::Nova::Ser" must be one symbol.
(modify-syntax-entry ?: "_" yaml-mode-syntax-table)
(let* ((root default-directory)
       (dir (make-temp-file "hot-lint-eglot-" t)))
  (copy-file (expand-file-name "examples/hello_world.yaml" root) (expand-file-name "hello_world.yaml" dir))
  (find-file (expand-file-name "hello_world.yaml" dir))
  (yaml-mode)
  (flymake-mode 1)
  (eglot '(yaml-mode) (cons 'transient dir) 'eglot-lsp-server
         (list "node" (expand-file-name "packages/server/dist/bin.js" root) "--stdio") "yaml"))
(let ((deadline (+ (float-time) 10)))
  (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
    (accept-process-output nil 0.2)
    (flymake-start)))
(dolist (d (flymake-diagnostics))
  (princ (format "diagnostic %s: %s\n" (line-number-at-pos (flymake-diagnostic-beg d)) (flymake-diagnostic-text d))))
(goto-char (point-min)) (forward-line 26) (kill-line) (insert "    type: OS::Nova::Ser")
(eglot--signal-textDocument/didChange)
(let* ((capf (eglot-completion-at-point)))
  (princ (format "completion of %S: %S\n" (buffer-substring (nth 0 capf) (nth 1 capf))
                 (mapcar #'substring-no-properties (all-completions (buffer-substring (nth 0 capf) (nth 1 capf)) (nth 2 capf))))))
(kill-emacs 0)
