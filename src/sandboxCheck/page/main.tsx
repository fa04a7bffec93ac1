import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { SandboxCheck } from './SandboxCheck.tsx'
import { startCheck } from './progress.ts'
import './sandboxCheck.css'

const container = document.getElementById('root')
if (!container) throw new Error('sandbox-check.html has no #root element')

// Outside React, so StrictMode's double render cannot start two workers.
const progress = startCheck()

createRoot(container).render(
  <StrictMode>
    <SandboxCheck progress={progress} />
  </StrictMode>,
)
