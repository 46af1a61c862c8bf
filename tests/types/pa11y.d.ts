/** The part of pa11y 10's API the accessibility tests use (the package ships no types). */
declare module 'pa11y' {
  import type { Browser, Page } from 'puppeteer';

  interface Pa11yIssue {
    code: string;
    type: 'error' | 'warning' | 'notice';
    message: string;
    context: string;
    selector: string;
    runner: 'htmlcs' | 'axe';
  }
  interface Pa11yOptions {
    browser?: Browser;
    page?: Page;
    runners?: ('htmlcs' | 'axe')[];
    standard?: 'WCAG2A' | 'WCAG2AA' | 'WCAG2AAA';
    includeWarnings?: boolean;
    includeNotices?: boolean;
    timeout?: number;
    wait?: number;
    actions?: string[];
  }
  export default function pa11y(url: string, options?: Pa11yOptions): Promise<{ issues: Pa11yIssue[]; pageUrl: string; documentTitle: string }>;
}
