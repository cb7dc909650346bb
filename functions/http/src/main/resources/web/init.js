// GOV.UK Frontend's enhancements (error summary focus, conditional reveals, the mobile menu).
// Every page works without them: forms are plain HTML posts.
import { initAll } from '/govuk/govuk-frontend.min.js'

initAll()
