import type { Metadata } from "next";
import { ImportForm } from "@/components/imports/import-form";
import { PageHeader } from "@/components/pages/page-header";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Your data" };

/** Athletes own their data: download it as CSV, or bring in a training log kept elsewhere. */
export default function DataPage() {
  return (
    <div className="space-y-6">
      <PageHeader title="Your data">
        Download your training sessions and your time trials as CSV files for a spreadsheet, or import a training log
        kept in a spreadsheet or another app.
      </PageHeader>
      <Card title="Export">
        <div className="flex flex-wrap gap-2">
          <a href="/api/v1/export/sessions" className={buttonClass("secondary")} download>
            Download sessions (CSV)
          </a>
          <a href="/api/v1/export/time-trials" className={buttonClass("secondary")} download>
            Download time trials (CSV)
          </a>
        </div>
      </Card>
      <Card title="Import">
        <ImportForm />
      </Card>
    </div>
  );
}
