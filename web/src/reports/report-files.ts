import { h as preact, render } from 'preact';
import { h } from '../ui/legacy/dom.js';
import type { AttachmentView } from './report-view.js';
import { AttachmentList } from './files/attachment-list.js';
import { Uploader, type UploaderProps } from './files/uploader.js';

/**
 * The report's file components (files/) for the pages not yet on Preact (the report form):
 * each is rendered into a node of its own, and rendered again with the new values. Goes with
 * the last legacy report page.
 */
export interface LegacyUploader {
  node: HTMLElement;
  setEnabled(enabled: boolean): void;
  setAttachments(attachments: readonly AttachmentView[]): void;
}

export function uploader(
  options: Omit<UploaderProps, 'enabled' | 'attachments' | 'reportId'> & {
    reportId: () => string;
  },
): LegacyUploader {
  const node = h('div');
  let enabled = false;
  let attachments: readonly AttachmentView[] = [];
  const draw = () =>
    render(
      preact(Uploader, { ...options, reportId: options.reportId(), enabled, attachments }),
      node,
    );
  draw();
  return {
    node,
    setEnabled(next) {
      enabled = next;
      draw();
    },
    setAttachments(next) {
      attachments = next;
      draw();
    },
  };
}

export function attachmentList(options: {
  reportId: string;
  attachments: readonly AttachmentView[];
  removable?: boolean;
}): HTMLElement {
  const node = h('div');
  render(preact(AttachmentList, options), node);
  return node;
}
