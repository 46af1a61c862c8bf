/**
 * One file to send (src/lib/submission/send.ts): « Proposer sur GitHub » (a prefilled page, or copy-and-paste
 * steps when GitHub cannot be prefilled), the download, and the file's text to read or copy.
 */
import { useEffect, useState } from 'react';
import * as t from '../../i18n/index.ts';
import type { GithubPlan } from '../../lib/submission/send.ts';

export function SendFile(props: { path: string; id: string; text: string; github?: GithubPlan }) {
  const [download, setDownload] = useState<string>();
  const [copied, setCopied] = useState('');
  const textId = `texte-${props.path.replace(/[^a-z0-9]+/g, '-')}`;
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([props.text], { type: 'text/markdown;charset=utf-8' }));
    setDownload(url);
    return () => URL.revokeObjectURL(url);
  }, [props.text]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(props.text);
      setCopied(t.submission.copied);
    } catch {
      setCopied(t.submission.copyFailed);
      const area = document.getElementById(textId) as HTMLTextAreaElement | null;
      area?.focus();
      area?.select();
    }
  }

  return (
    <section className="send-way" aria-label={props.path}>
      {props.github && (
        <>
          <h3>{t.submission.github}</h3>
          {props.github.kind === 'prefilled' ? (
            <p>{t.submission.githubHelp}</p>
          ) : (
            <p>{props.github.reason === 'modification' ? t.submission.githubPasteEdit : t.submission.githubPasteTooLong}</p>
          )}
          <p>
            {props.github.kind === 'paste' && (
              <>
                <button type="button" className="button" onClick={() => void copy()}>
                  {t.submission.copy}
                </button>{' '}
              </>
            )}
            <a className="button button-primary" href={props.github.url} rel="noopener noreferrer">
              {props.github.kind === 'prefilled' ? t.submission.github : t.submission.githubOpen(props.path)}
            </a>
          </p>
          <p role="status">{copied}</p>
        </>
      )}
      <h3>{t.submission.download(`${props.id}.md`)}</h3>
      <p>{t.submission.downloadHelp}</p>
      <p>
        <a className="button" href={download} download={`${props.id}.md`}>
          {t.submission.download(`${props.id}.md`)}
        </a>
      </p>
      <label htmlFor={textId}>{t.submission.fileText(props.path)}</label>
      <textarea id={textId} readOnly value={props.text} rows={Math.min(20, props.text.split('\n').length + 1)} spellCheck={false} className="file-text" />
    </section>
  );
}
